package nl.dorpskracht.outbox.control;

import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.mail.OutgoingMail;

/**
 * Composes a mail the database recorded with only what it is about (V15: a promotion from the waitlist, which may move
 * up a registrant of another province whose data the causing transaction cannot read). Implemented by the component
 * that knows the kind, so the outbox depends on no feature.
 */
public interface DeferredMail {

    boolean composes(String kind);

    /** The mail in the recipient's tenant (bound by the caller); empty when there is nothing to tell any more. */
    Optional<Composed> compose(String tenant, UUID about);

    record Composed(String language, OutgoingMail mail) {
    }
}
