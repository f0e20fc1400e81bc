package nl.dorpskracht.statements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.CreditorQueries;
import nl.dorpskracht.contributions.control.DirectDebitReturned;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.contributions.entity.PaymentMethod;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.statements.control.ReturnReasons;
import nl.dorpskracht.statements.control.StatementBooking;
import nl.dorpskracht.statements.entity.BankStatement;
import nl.dorpskracht.statements.entity.BankStatementEntry;
import nl.dorpskracht.statements.entity.MatchStatus;
import nl.dorpskracht.statements.entity.MatchedBy;
import nl.dorpskracht.statements.entity.PaymentReversal;
import nl.dorpskracht.statements.entity.ParsedStatement;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * Bank statements of the request's tenant: import a CAMT.053 statement of the association's own account in one
 * transaction, list them and their entries, and resolve the entries that wait for review.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class BankStatementService {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_ENTRIES = 1000;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<DirectDebitReturned> returned;

    /** Reads, checks the account, books; the same statement a second time changes nothing. */
    public StatementBooking.Summary importStatement(byte[] document) {
        ParsedStatement read = CamtReader.read(document);
        SepaCreditor creditor = CreditorQueries.creditor(entityManager)
                .orElseThrow(() -> new ProblemException(ProblemCode.STATEMENT_NO_CREDITOR));
        if (!creditor.details().iban().replace(" ", "").equalsIgnoreCase(read.accountIban())) {
            throw new ProblemException(ProblemCode.STATEMENT_WRONG_ACCOUNT);
        }
        var before = StatementBooking.existing(entityManager, read);
        if (before.isPresent()) {
            BankStatement done = before.get();
            return new StatementBooking.Summary(done.id(), true, done.entryCount(), done.matchedCount(),
                    done.reviewCount(), done.returnedCount(), done.ignoredCount());
        }
        StatementBooking.Summary summary = new StatementBooking(entityManager, caller.name(), returned::fire)
                .book(read);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("entries", new Object[] { null, summary.entries() });
        changes.put("matched", new Object[] { null, summary.matched() });
        changes.put("review", new Object[] { null, summary.review() });
        changes.put("returned", new Object[] { null, summary.returned() });
        audit.record("IMPORT", "BankStatement", summary.statementId(), changes);
        return summary;
    }

    public List<BankStatement> statements(int page) {
        return entityManager
                .createQuery("select s from BankStatement s order by s.importedAt desc, s.id", BankStatement.class)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public List<BankStatementEntry> entries(UUID statementId) {
        if (statementId == null || entityManager.find(BankStatement.class, statementId) == null) {
            throw new ProblemException(ProblemCode.STATEMENT_NOT_FOUND);
        }
        return entityManager
                .createQuery(
                        "select e from BankStatementEntry e where e.statementId = :statement" + " order by e.position",
                        BankStatementEntry.class)
                .setParameter("statement", statementId).setMaxResults(MAX_ENTRIES).getResultList();
    }

    public List<BankStatementEntry> review(int page) {
        return entityManager
                .createQuery("select e from BankStatementEntry e where e.matchStatus = :review"
                        + " order by e.bookingDate, e.id", BankStatementEntry.class)
                .setParameter("review", MatchStatus.REVIEW).setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE).getResultList();
    }

    /** The treasurer's choice: this received amount pays that open invoice. */
    public BankStatementEntry assign(UUID entryId, UUID invoiceId) {
        BankStatementEntry entry = openEntry(entryId);
        Invoice invoice = invoiceId == null ? null
                : entityManager.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_FOUND);
        }
        if (!entry.credit() || invoice.status() != InvoiceStatus.OPEN
                || entry.amountCents() > invoice.outstandingCents()) {
            throw new ProblemException(ProblemCode.STATEMENT_ENTRY_NOT_ASSIGNABLE);
        }
        long paidBefore = invoice.paidCents();
        Payment payment = new StatementBooking(entityManager, caller.name(), returned::fire).pay(invoice, entry,
                PaymentMethod.TRANSFER);
        entry.matched(invoice.id(), MatchedBy.MANUAL, payment.id());
        entry.resolvedBy(caller.name());
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("matchStatus", new Object[] { MatchStatus.REVIEW, MatchStatus.MATCHED });
        changes.put("invoice", new Object[] { null, invoice.id() });
        changes.put("payment", new Object[] { null, payment.id() });
        audit.record("ASSIGN", "BankStatementEntry", entry.id(), changes);
        audit.record("PAY", "Invoice", invoice.id(),
                Map.of("paidCents", new Object[] { paidBefore, invoice.paidCents() }));
        return entry;
    }

    /** A direct debit of the invoice that the bank returned, with its reason in Dutch. */
    public record ReturnedCollection(java.time.LocalDate returnedOn, long amountCents, String reasonCode, String reason)
            implements java.io.Serializable {
    }

    /** The returned direct debits of one invoice of the tenant, oldest first (at most {@value #PAGE_SIZE}). */
    public List<ReturnedCollection> returnsOf(UUID invoiceId) {
        if (invoiceId == null || entityManager.find(Invoice.class, invoiceId) == null) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_FOUND);
        }
        return entityManager
                .createQuery("select r from PaymentReversal r where r.invoiceId = :invoice"
                        + " order by r.reversedOn, r.recordedAt", PaymentReversal.class)
                .setParameter("invoice", invoiceId).setMaxResults(PAGE_SIZE).getResultStream()
                .map(r -> new ReturnedCollection(r.reversedOn(), r.amountCents(), r.reasonCode(),
                        ReturnReasons.dutch(r.reasonCode())))
                .toList();
    }

    /** The id of the tenant's invoice with that number, for the page where the treasurer types a number. */
    public UUID invoiceIdByNumber(String number) {
        if (number == null || number.isBlank() || number.length() > 20) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_FOUND);
        }
        return entityManager.createQuery("select i.id from Invoice i where i.number = :number", UUID.class)
                .setParameter("number", number.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new ProblemException(ProblemCode.INVOICE_NOT_FOUND));
    }

    /** Not a contribution (a gift, a refund, bank costs): the entry leaves the review list. */
    public BankStatementEntry ignore(UUID entryId) {
        BankStatementEntry entry = openEntry(entryId);
        entry.ignored("manual");
        entry.resolvedBy(caller.name());
        entityManager.flush();
        audit.record("IGNORE", "BankStatementEntry", entry.id(),
                Map.of("matchStatus", new Object[] { MatchStatus.REVIEW, MatchStatus.IGNORED }));
        return entry;
    }

    private BankStatementEntry openEntry(UUID entryId) {
        BankStatementEntry entry = entryId == null ? null
                : entityManager.find(BankStatementEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw new ProblemException(ProblemCode.STATEMENT_ENTRY_NOT_FOUND);
        }
        if (entry.matchStatus() != MatchStatus.REVIEW) {
            throw new ProblemException(ProblemCode.STATEMENT_ENTRY_RESOLVED);
        }
        return entry;
    }
}
