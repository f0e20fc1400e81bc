package nl.dorpskracht.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.dorpskracht.outbox.boundary.Outbox;

/**
 * Erasure of a contact person reaches the mails to their address, in the erasing transaction. Members tells the outbox,
 * not the other way round, so the outbox knows nothing of members.
 */
@ApplicationScoped
public class ErasedContactMails {

    @Inject
    Outbox outbox;

    void forget(@Observes ContactErased erased) {
        outbox.forgetRecipient(erased.formerEmail());
    }
}
