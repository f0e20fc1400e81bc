package nl.dorpskracht.statements.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.contributions.control.DirectDebitReturned;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.contributions.entity.PaymentMethod;
import nl.dorpskracht.statements.entity.BankStatement;
import nl.dorpskracht.statements.entity.BankStatementEntry;
import nl.dorpskracht.statements.entity.MatchStatus;
import nl.dorpskracht.statements.entity.MatchedBy;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.statements.entity.PaymentReversal;
import nl.dorpskracht.statements.entity.StatementLine;

/**
 * Books a read statement in the caller's transaction: one entry per line, credits matched to open invoices (end-to-end
 * id, then an invoice number in the remittance information, then amount plus a known IBAN), returned direct debits
 * taken back. Exactly one candidate books a payment; anything else waits for review.
 */
public final class StatementBooking {

    /** Invoice numbers as {@code InvoiceCounter} makes them: {@code 2027-000123}. */
    static final Pattern INVOICE_NUMBER = Pattern.compile("(?<![0-9])(2[0-9]{3}-[0-9]{6})(?![0-9])");

    public record Summary(UUID statementId, boolean alreadyImported, int entries, int matched, int review, int returned,
            int ignored) {
    }

    /**
     * Queries do not flush the whole unit of work each time (that made a large statement quadratic); what was booked is
     * written every so many entries, and a candidate is checked again on its managed state before it is paid.
     */
    private static final int FLUSH_EVERY = 200;

    private final EntityManager entityManager;
    private final String recordedBy;
    private final Consumer<DirectDebitReturned> returnedEvents;

    public StatementBooking(EntityManager entityManager, String recordedBy,
            Consumer<DirectDebitReturned> returnedEvents) {
        this.entityManager = entityManager;
        this.recordedBy = recordedBy;
        this.returnedEvents = returnedEvents;
    }

    /** Null when this statement was imported before. */
    public static Optional<BankStatement> existing(EntityManager entityManager, ParsedStatement read) {
        return entityManager
                .createQuery("select s from BankStatement s where s.accountIban = :iban"
                        + " and s.messageId = :message and s.statementId = :statement and s.sequenceNumber = :sequence",
                        BankStatement.class)
                .setParameter("iban", read.accountIban()).setParameter("message", read.messageId())
                .setParameter("statement", read.statementId()).setParameter("sequence", read.sequenceNumber())
                .getResultStream().findFirst();
    }

    public Summary book(ParsedStatement read) {
        BankStatement statement = new BankStatement(read.format(), read.messageId(), read.statementId(),
                read.accountIban(), read.sequenceNumber(), read.periodFrom(), read.periodTo(), read.openingCents(),
                read.closingCents(), recordedBy);
        int[] counts = new int[MatchStatus.values().length];
        int position = 0;
        for (StatementLine line : read.lines()) {
            BankStatementEntry entry = new BankStatementEntry(statement.id(), ++position, line);
            entityManager.persist(entry);
            if (line.returned()) {
                bookReturn(entry, line);
            } else if (line.credit()) {
                match(entry, line);
            } else {
                entry.ignored("debit");
            }
            counts[entry.matchStatus().ordinal()]++;
            if (position % FLUSH_EVERY == 0) {
                entityManager.flush();
            }
        }
        statement.count(position, counts[MatchStatus.MATCHED.ordinal()], counts[MatchStatus.REVIEW.ordinal()],
                counts[MatchStatus.RETURNED.ordinal()], counts[MatchStatus.IGNORED.ordinal()]);
        // persisted last, counted: a statement row is never updated (its foreign keys are deferred)
        entityManager.persist(statement);
        entityManager.flush();
        return new Summary(statement.id(), false, position, statement.matchedCount(), statement.reviewCount(),
                statement.returnedCount(), statement.ignoredCount());
    }

    private void match(BankStatementEntry entry, StatementLine line) {
        Invoice byEndToEnd = line.endToEndId() == null ? null : byNumber(line.endToEndId());
        if (byEndToEnd != null) {
            settle(entry, line, byEndToEnd, MatchedBy.END_TO_END);
            return;
        }
        Set<String> numbers = numbersIn(line.remittance(), line.creditorReference());
        if (numbers.size() == 1) {
            Invoice byNumber = byNumber(numbers.iterator().next());
            if (byNumber != null) {
                settle(entry, line, byNumber, MatchedBy.INVOICE_NUMBER);
                return;
            }
        } else if (numbers.size() > 1) {
            entry.review("severalNumbers", null);
            return;
        }
        List<Invoice> byAmount = line.counterpartyIban() == null ? List.of()
                : byAmountAndIban(line.amountCents(), line.counterpartyIban());
        if (byAmount.size() == 1) {
            settle(entry, line, byAmount.get(0), MatchedBy.AMOUNT_IBAN);
        } else {
            entry.review(byAmount.isEmpty() ? "noCandidate" : "severalCandidates", null);
        }
    }

    private void settle(BankStatementEntry entry, StatementLine line, Invoice found, MatchedBy how) {
        Invoice invoice = entityManager.find(Invoice.class, found.id(), LockModeType.PESSIMISTIC_WRITE);
        if (invoice.status() != InvoiceStatus.OPEN) {
            entry.review(invoice.status() == InvoiceStatus.PAID ? "alreadyPaid" : "invoiceCancelled", invoice.id());
        } else if (line.amountCents() > invoice.outstandingCents()) {
            entry.review("overpaid", invoice.id());
        } else {
            Payment payment = pay(invoice, entry,
                    line.directDebit() ? PaymentMethod.DIRECT_DEBIT : PaymentMethod.TRANSFER);
            entry.matched(invoice.id(), how, payment.id());
        }
    }

    /** Records a payment the way {@code InvoiceService.pay} does: the invoice is PAID once the whole amount is in. */
    public Payment pay(Invoice invoice, BankStatementEntry entry, PaymentMethod method) {
        LocalDate paidOn = entry.bookingDate() == null ? LocalDate.now() : entry.bookingDate();
        String reference = entry.entryReference() != null ? entry.entryReference()
                : entry.endToEndId() != null ? entry.endToEndId() : "afschrift " + entry.position();
        Payment payment = new Payment(invoice.id(), entry.amountCents(), paidOn, method, reference, recordedBy);
        entityManager.persist(payment);
        invoice.pay(entry.amountCents());
        return payment;
    }

    private void bookReturn(BankStatementEntry entry, StatementLine line) {
        // returns are few: the payment they take back may have been booked earlier in this statement
        entityManager.flush();
        Invoice invoice = line.endToEndId() == null ? null : byNumber(line.endToEndId());
        if (invoice == null) {
            entry.review("returnUnknown", null);
            return;
        }
        invoice = entityManager.find(Invoice.class, invoice.id(), LockModeType.PESSIMISTIC_WRITE);
        Payment taken = paymentToReverse(invoice.id(), line.amountCents());
        if (taken == null) {
            entry.review("returnWithoutPayment", invoice.id());
            return;
        }
        LocalDate on = line.bookingDate() == null ? LocalDate.now() : line.bookingDate();
        entityManager.persist(new PaymentReversal(taken.id(), invoice.id(), taken.amountCents(), line.returnReason(),
                on, entry.id(), recordedBy));
        invoice.reverse(taken.amountCents());
        entry.returned(invoice.id());
        entityManager.flush();
        returnedEvents.accept(
                new DirectDebitReturned(invoice.id(), invoice.memberId(), line.endToEndId(), line.returnReason(), on));
    }

    /** The direct debit payment of that amount not taken back yet; any payment of that amount when none was one. */
    private Payment paymentToReverse(UUID invoiceId, long amountCents) {
        List<Payment> open = entityManager
                .createQuery("select p from Payment p where p.invoiceId = :invoice"
                        + " and p.amountCents = :amount and not exists (select r from PaymentReversal r"
                        + " where r.paymentId = p.id) order by p.recordedAt desc", Payment.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("invoice", invoiceId)
                .setParameter("amount", amountCents).getResultList();
        return open.stream().filter(p -> p.method() == PaymentMethod.DIRECT_DEBIT).findFirst()
                .orElse(open.isEmpty() ? null : open.get(0));
    }

    private Invoice byNumber(String number) {
        return entityManager.createQuery("select i from Invoice i where i.number = :number", Invoice.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("number", number).getResultStream().findFirst()
                .orElse(null);
    }

    static Set<String> numbersIn(String... texts) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher found = INVOICE_NUMBER.matcher(text);
                while (found.find()) {
                    numbers.add(found.group(1));
                }
            }
        }
        return numbers;
    }

    /**
     * Open invoices whose outstanding amount is the amount, of a payer whose mandate has that IBAN or who paid from
     * that IBAN before.
     */
    private List<Invoice> byAmountAndIban(long amountCents, String iban) {
        return entityManager.createQuery("select i from Invoice i where i.status = :open"
                + " and i.amountCents - i.paidCents = :amount and (exists (select m from SepaMandate m"
                + " where m.memberId = i.memberId and m.iban = :iban) or exists (select e from BankStatementEntry e,"
                + " Invoice p where e.matchedInvoiceId = p.id and p.payerKey = i.payerKey and e.counterpartyIban = :iban"
                + " and e.matchStatus = :matched))", Invoice.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter("open", InvoiceStatus.OPEN).setParameter("amount", amountCents).setParameter("iban", iban)
                .setParameter("matched", MatchStatus.MATCHED).setMaxResults(2).getResultList();
    }
}
