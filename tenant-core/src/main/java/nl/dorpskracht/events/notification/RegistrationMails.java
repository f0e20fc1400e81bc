package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.RegistrationChanged;
import nl.dorpskracht.events.control.RegistrationChanged.Change;
import nl.dorpskracht.outbox.boundary.Outbox;

/**
 * Tells a registrant what became of their registration: the mail is written to the outbox inside the transaction that
 * changed the registration, so it goes out exactly when the change committed, also after a restart. A promotion is the
 * exception: the database records its mail with the promotion itself (V15), because the promoted may be of another
 * province, whose registration this transaction cannot read ({@link PromotionMails} composes it later).
 */
@ApplicationScoped
public class RegistrationMails {

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class.getName());

    @Inject
    NoticeReader notices;

    @Inject
    Outbox outbox;

    void registrationChanged(@Observes RegistrationChanged changed) {
        if (changed.change() == Change.PROMOTED) {
            return;
        }
        MailKind kind = MailKind.of(changed.change());
        notices.readHere(changed.tenant(), changed.registrationId(), kind).ifPresentOrElse(
                notice -> outbox.put(changed.tenant(), kind.name(), Outbox.DUTCH,
                        RegistrationMailText.of(notice, PortalAddress.configured())),
                () -> LOG.info(() -> "Mail " + kind.label(changed.registrationId()) + " not written: no address"));
    }
}
