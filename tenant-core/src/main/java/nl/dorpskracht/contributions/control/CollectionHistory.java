package nl.dorpskracht.contributions.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.contributions.entity.SequenceType;
import nl.dorpskracht.members.entity.SepaMandate;

/**
 * The history of collections per mandate, and what it decides for the next one, inside the caller's transaction.
 *
 * <ul>
 * <li>Sequence: FRST when the mandate has no earlier collection that was not returned, otherwise RCUR. A new mandate (a
 * different reference signed after the last collection) starts again at FRST.</li>
 * <li>Amendment: against the last collection that was not returned (what the debtor's bank knows): a changed reference
 * ({@code OrgnlMndtId}), creditor identifier ({@code OrgnlCdtrSchmeId}) or IBAN ({@code OrgnlDbtrAcct}: the old IBAN at
 * the same bank, {@code SMNDA} at another bank). A move to another bank is also sent as FRST: the EPC rulebook before
 * November 2016 demanded it and the later ones still accept it, so it is right at every bank.</li>
 * <li>Idempotent: the first file of an invoice writes its row; every later download of that invoice reuses it, so the
 * sequence types do not change on a re-download. A returned collection gets a new row the next time.</li>
 * </ul>
 */
public final class CollectionHistory {

    /** Return reasons after which a mandate is not collected again until an admin has looked at it. */
    public static final Set<String> BLOCKING_REASONS = Set.of("AC04", "AC06", "MD01", "MD07");

    private CollectionHistory() {
    }

    /** Whether a mandate flagged with this return reason waits for an admin ({@code null}: not flagged). */
    public static boolean blocks(String returnReason) {
        return returnReason != null && BLOCKING_REASONS.contains(returnReason);
    }

    public static MandateCollection collectionFor(EntityManager entityManager, Invoice invoice, SepaMandate mandate,
            String creditorId, LocalDate collectionDate) {
        List<MandateCollection> history = history(entityManager, mandate.memberId());
        Optional<MandateCollection> own = history.stream()
                .filter(row -> row.invoiceId().equals(invoice.id()) && !row.isReturned()).reduce((a, b) -> b);
        if (own.isPresent()) {
            return own.get();
        }
        MandateCollection last = history.stream().filter(row -> !row.isReturned()).reduce((a, b) -> b).orElse(null);
        SequenceType sequence = SequenceType.RCUR;
        MandateCollection.Amendment amendment = new MandateCollection.Amendment(null, null, null, false);
        boolean newMandate = last != null && !last.mandateReference().equals(mandate.reference())
                && mandate.signedOn().isAfter(last.createdAt().toLocalDate());
        if (last == null || newMandate) {
            sequence = SequenceType.FRST;
        } else {
            boolean ibanChanged = !last.iban().equals(mandate.iban());
            boolean otherBank = ibanChanged && !sameBank(last.iban(), last.bic(), mandate.iban(), mandate.bic());
            amendment = new MandateCollection.Amendment(
                    last.mandateReference().equals(mandate.reference()) ? null : last.mandateReference(),
                    last.creditorId().equals(creditorId) ? null : last.creditorId(), ibanChanged ? last.iban() : null,
                    otherBank);
            if (otherBank) {
                sequence = SequenceType.FRST;
            }
        }
        MandateCollection row = new MandateCollection(mandate.memberId(), invoice.id(), invoice.number(),
                mandate.reference(), mandate.iban(), mandate.bic(), creditorId, sequence, amendment, collectionDate);
        entityManager.persist(row);
        return row;
    }

    public static List<MandateCollection> history(EntityManager entityManager, UUID memberId) {
        return entityManager
                .createQuery("select c from MandateCollection c where c.memberId = :member order by c.createdAt, c.id",
                        MandateCollection.class)
                .setParameter("member", memberId).setMaxResults(1000).getResultList();
    }

    /**
     * Whether two accounts are at the same bank: by BIC when both are known, else by the bank code of a Dutch IBAN
     * (positions 5–8). Anything else counts as another bank, the side on which a collection is never rejected.
     */
    static boolean sameBank(String oldIban, String oldBic, String newIban, String newBic) {
        if (oldBic != null && newBic != null && oldBic.length() >= 8 && newBic.length() >= 8) {
            return oldBic.substring(0, 8).equals(newBic.substring(0, 8));
        }
        return oldIban.startsWith("NL") && newIban.startsWith("NL") && oldIban.length() >= 8 && newIban.length() >= 8
                && oldIban.substring(4, 8).equals(newIban.substring(4, 8));
    }
}
