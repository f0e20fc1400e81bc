package nl.dorpskracht.contributions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.CreditorQueries;
import nl.dorpskracht.contributions.control.InvoicePdf;
import nl.dorpskracht.contributions.control.InvoiceQueries;
import nl.dorpskracht.contributions.control.InvoiceSearch;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceDetail;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.contributions.entity.PaymentInput;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** Invoices of the request's tenant: list, read, payments, cancelling and the PDF. */
@ApplicationScoped
@Transactional
@TenantBound
public class InvoiceService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    public InvoiceQueries.Page search(InvoiceSearch search) {
        return InvoiceQueries.page(entityManager, search, today());
    }

    public InvoiceDetail detail(UUID id) {
        Invoice invoice = find(id, LockModeType.NONE);
        return new InvoiceDetail(invoice, lines(id), payments(id));
    }

    /** Registers a payment; partial payments are fine, more than is open is not. The invoice is paid when full. */
    public InvoiceDetail pay(UUID id, PaymentInput input, Long expectedVersion) {
        PaymentInput.Valid payment = input.validate(today());
        Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(invoice, expectedVersion);
        if (invoice.status() != InvoiceStatus.OPEN) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_OPEN);
        }
        if (payment.amountCents() > invoice.outstandingCents()) {
            throw ProblemException.invalid(List.of(FieldError.field("amountCents", "invalid.paymentTooHigh",
                    Money.format(invoice.outstandingCents()))));
        }
        InvoiceStatus before = invoice.status();
        long paidBefore = invoice.paidCents();
        Payment recorded = new Payment(id, payment.amountCents(), payment.paidOn(), payment.method(),
                payment.reference(), caller.name());
        entityManager.persist(recorded);
        invoice.pay(payment.amountCents());
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("paidCents", new Object[] { paidBefore, invoice.paidCents() });
        if (before != invoice.status()) {
            changes.put("status", new Object[] { before, invoice.status() });
        }
        changes.put("payment", new Object[] { null, recorded.id() });
        audit.record("PAY", "Invoice", id, changes);
        return new InvoiceDetail(invoice, lines(id), payments(id));
    }

    public InvoiceDetail cancel(UUID id, Long expectedVersion) {
        Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(invoice, expectedVersion);
        if (invoice.status() != InvoiceStatus.OPEN) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_OPEN);
        }
        if (invoice.paidCents() > 0) {
            throw new ProblemException(ProblemCode.INVOICE_HAS_PAYMENTS);
        }
        invoice.cancel();
        entityManager.flush();
        audit.record("CANCEL", "Invoice", id, Map.of("status", new Object[] { "OPEN", "CANCELLED" }));
        return new InvoiceDetail(invoice, lines(id), payments(id));
    }

    public byte[] pdf(UUID id) {
        Invoice invoice = find(id, LockModeType.NONE);
        SepaCreditor creditor = CreditorQueries.creditor(entityManager).orElse(null);
        SepaMandate mandate = invoice.memberId() == null ? null
                : entityManager.find(SepaMandate.class, invoice.memberId());
        String tenantName = registry.nameOf(tenant.require());
        return InvoicePdf.render(new InvoicePdf.Content(tenantName, creditor == null ? null : creditor.details(),
                invoice, lines(id), mandate == null ? null : mandate.reference()));
    }

    private Invoice find(UUID id, LockModeType lock) {
        Invoice invoice = id == null ? null : entityManager.find(Invoice.class, id, lock);
        if (invoice == null) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_FOUND);
        }
        return invoice;
    }

    private static void checkVersion(Invoice invoice, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != invoice.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
    }

    private List<InvoiceLine> lines(UUID invoiceId) {
        return entityManager.createQuery("select l from InvoiceLine l where l.invoiceId = :invoice order by l.lineNo",
                InvoiceLine.class).setParameter("invoice", invoiceId).getResultList();
    }

    private List<Payment> payments(UUID invoiceId) {
        return entityManager.createQuery("select p from Payment p where p.invoiceId = :invoice order by p.recordedAt",
                Payment.class).setParameter("invoice", invoiceId).getResultList();
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
