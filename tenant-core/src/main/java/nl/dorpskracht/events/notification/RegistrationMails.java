package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces.OutcomeMails;
import nl.dorpskracht.events.control.RegistrationChanged;
import nl.dorpskracht.events.control.RegistrationChanged.Change;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * Tells a registrant what became of their registration: the mail is written to the outbox inside the transaction that
 * changed the registration, so it goes out exactly when the change committed, also after a restart. A promotion is the
 * exception: the database records its mail with the promotion itself (V15), because the promoted may be of another
 * province, whose registration this transaction cannot read ({@link PromotionMails} composes it later).
 */
@ApplicationScoped
public class RegistrationMails {

    /** Stands for the waitlist position in a mail composed before it is known; no real queue grows this long. */
    private static final int POSITION_MARKER = 2_000_000_011;

    private static final Logger LOG = Logger.getLogger(RegistrationMails.class.getName());

    @Inject
    NoticeReader notices;

    @Inject
    Outbox outbox;

    @Inject
    TenantRegistry tenants;

    /**
     * A new registration's mail, composed before its place is decided, for either outcome: the statement that decides
     * the place writes the one that applies (see {@code EventPlaces#register}), so composing costs the event's queue
     * nothing. The waitlist mail holds a marker where its position goes. Empty without an address.
     */
    public Optional<OutcomeMails> prepare(Registration registration, AgendaItem event) {
        if (registration.attendeeEmail() == null) {
            LOG.info(() -> "Mail for registration " + registration.id() + " not written: no address");
            return Optional.empty();
        }
        String host = NoticeReader.hostName(tenants, event.hostTenant());
        Optional<String> portal = PortalAddress.configured();
        return Optional.of(new OutcomeMails(
                RegistrationMailText.of(RegistrationNotice.of(MailKind.CONFIRMATION, registration, event, host, null),
                        portal),
                RegistrationMailText.of(
                        RegistrationNotice.of(MailKind.WAITLIST, registration, event, host, POSITION_MARKER), portal),
                RegistrationMailText.number(POSITION_MARKER, DutchTimes.DUTCH),
                RegistrationMailText.number(1000, DutchTimes.DUTCH).substring(1, 2)));
    }

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
