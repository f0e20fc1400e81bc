package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.outbox.control.DeferredMail;

/** Composes the promotion mail the database recorded with the promotion (V15), in the registrant's own tenant. */
@ApplicationScoped
public class PromotionMails implements DeferredMail {

    @Inject
    NoticeReader notices;

    @Override
    public boolean composes(String kind) {
        return MailKind.PROMOTION.name().equals(kind);
    }

    @Override
    public Optional<Composed> compose(String tenant, UUID registrationId) {
        return notices.read(tenant, registrationId, MailKind.PROMOTION)
                .map(notice -> new Composed(Outbox.DUTCH, RegistrationMailText.of(notice, PortalAddress.configured())));
    }
}
