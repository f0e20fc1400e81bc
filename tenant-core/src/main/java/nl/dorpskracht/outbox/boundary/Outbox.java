package nl.dorpskracht.outbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.OutgoingMail;

/**
 * Where every mail starts: written in the caller's transaction, so it exists exactly when the change that causes it
 * committed, and is gone with it when that rolls back. {@link nl.dorpskracht.outbox.control.OutboxSender} sends it. The
 * tenant is the recipient's, and row security refuses any other than the transaction's own.
 */
@ApplicationScoped
public class Outbox {

    /** Dutch first: what a mail is written in unless the recipient chose otherwise. */
    public static final String DUTCH = "nl";

    @Inject
    TransactionFunctions functions;

    /** Forgets the address in the mails to it, in the caller's transaction: the erasure of a contact person. */
    public void forgetRecipient(String formerEmail) {
        if (formerEmail != null && !formerEmail.isBlank()) {
            OutboxLedger.forget(functions::rows, formerEmail);
        }
    }

    /**
     * Records a mail about {@code about} to be composed before sending (see {@link OutboxLedger#putDeferred}); empty
     * when a mail with this Message-ID exists already.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<UUID> putDeferred(String tenant, String kind, String label, UUID about, String messageId) {
        return OutboxLedger.putDeferred(functions::rows, tenant, kind, label, about, messageId);
    }

    /** Returns the id of the outbox row; the mail's Message-ID derives from it. */
    @Transactional(TxType.MANDATORY)
    public UUID put(String tenant, String kind, String language, OutgoingMail mail) {
        return OutboxLedger.put(functions::rows, tenant, kind, language, mail);
    }
}
