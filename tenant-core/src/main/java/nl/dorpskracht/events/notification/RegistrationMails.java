package nl.dorpskracht.events.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.RegistrationChanged;
import nl.dorpskracht.platform.mail.MailSender;

/**
 * Tells a registrant what became of their registration. Only after the change committed, and on a worker thread in the
 * registration's own tenant: neither a slow nor a failing mail server delays or undoes a registration.
 */
@ApplicationScoped
public class RegistrationMails {

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    NoticeReader notices;

    @Inject
    MailSender sender;

    void registrationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationChanged changed) {
        MailKind kind = MailKind.of(changed.change());
        try {
            executor.execute(() -> send(changed, kind));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Mail " + kind.label(changed.registrationId()) + " not sent: no worker available");
        }
    }

    private void send(RegistrationChanged changed, MailKind kind) {
        try {
            notices.read(changed.tenant(), changed.registrationId(), kind).ifPresentOrElse(
                    notice -> sender.send(RegistrationMailText.of(notice, PortalAddress.configured())),
                    () -> LOG.info(() -> "Mail " + kind.label(changed.registrationId())
                            + " not sent: registration, event or address gone"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING,
                    "Mail " + kind.label(changed.registrationId()) + " not sent: " + e.getClass().getName());
        }
    }
}
