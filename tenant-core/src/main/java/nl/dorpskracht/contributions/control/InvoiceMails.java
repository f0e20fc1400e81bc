package nl.dorpskracht.contributions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.InvoiceReminder;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.outbox.control.DeferredMail;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * Records and composes the mails about invoices. The run and the reminder job record them with only what they are about
 * ({@link Outbox#putDeferred}); the outbox sender has them composed here, in the invoice's tenant, before the first
 * attempt: the PDF is rendered then, not inside the run's transactions. An invoice cancelled by then is not sent; a
 * reminder whose invoice was paid or cancelled meanwhile is not sent either.
 */
@ApplicationScoped
public class InvoiceMails implements DeferredMail {

    public static final String INVOICE = "INVOICE";
    public static final String REMINDER = "PAYMENT_REMINDER";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    TenantRegistry registry;

    @Inject
    ReminderSchedules schedules;

    /** The invoice mail of a run: once per invoice, whatever retries happen (its Message-ID is the invoice's). */
    public Optional<UUID> recordInvoice(String tenant, UUID invoice) {
        return outbox.putDeferred(tenant, INVOICE, INVOICE + " for invoice " + invoice, invoice,
                "<invoice-" + invoice + "@dorpskracht>");
    }

    /** The invoice sent again on request: a new mail with a Message-ID of its own. */
    public UUID recordResend(String tenant, UUID invoice) {
        UUID resend = UUID.randomUUID();
        return outbox.putDeferred(tenant, INVOICE, INVOICE + " for invoice " + invoice + " (again)", invoice,
                "<invoice-" + invoice + "-" + resend + "@dorpskracht>").orElseThrow();
    }

    /** The reminder of a step: once per invoice and step. */
    public Optional<UUID> recordReminder(String tenant, UUID invoice, int step, UUID reminder) {
        return outbox.putDeferred(tenant, REMINDER, REMINDER + " " + step + " for invoice " + invoice, reminder,
                "<reminder-" + invoice + "-" + step + "@dorpskracht>");
    }

    @Override
    public boolean composes(String kind) {
        return INVOICE.equals(kind) || REMINDER.equals(kind);
    }

    @Override
    public Optional<Composed> compose(String tenant, UUID about) {
        InvoiceReminder reminder = entityManager.find(InvoiceReminder.class, about);
        if (reminder != null) {
            return reminder(tenant, reminder);
        }
        Invoice invoice = entityManager.find(Invoice.class, about);
        if (invoice == null || invoice.status() == InvoiceStatus.CANCELLED || invoice.payerEmail() == null) {
            return Optional.empty();
        }
        Context context = context(tenant, invoice);
        InvoiceMailText.Text text = InvoiceMailText.invoice(context.tenantName(), invoice, context.creditor(),
                context.mandateReference());
        return Optional.of(mail(INVOICE + " for invoice " + invoice.id(), invoice, text, context));
    }

    private Optional<Composed> reminder(String tenant, InvoiceReminder reminder) {
        Invoice invoice = entityManager.find(Invoice.class, reminder.invoiceId());
        if (invoice == null || invoice.status() != InvoiceStatus.OPEN || invoice.outstandingCents() <= 0
                || invoice.payerEmail() == null) {
            return Optional.empty();
        }
        Context context = context(tenant, invoice);
        InvoiceMailText.Text text = InvoiceMailText.reminder(context.tenantName(), invoice, context.creditor(),
                context.mandateReference(), schedules.current().tone(), reminder.step());
        return Optional
                .of(mail(REMINDER + " " + reminder.step() + " for invoice " + invoice.id(), invoice, text, context));
    }

    private Composed mail(String label, Invoice invoice, InvoiceMailText.Text text, Context context) {
        byte[] pdf = InvoicePdf.render(new InvoicePdf.Content(context.tenantName(), context.creditor(), invoice,
                lines(invoice.id()), context.mandateReference()));
        OutgoingMail.Attachment file = OutgoingMail.Attachment.binary("factuur-" + invoice.number() + ".pdf",
                "application/pdf", pdf);
        return new Composed(Outbox.DUTCH,
                new OutgoingMail(label, invoice.payerEmail(), text.subject(), text.body(), Optional.of(file)));
    }

    private Context context(String tenant, Invoice invoice) {
        CreditorDetails creditor = CreditorQueries.creditor(entityManager).map(SepaCreditor::details).orElse(null);
        SepaMandate mandate = invoice.memberId() == null ? null
                : entityManager.find(SepaMandate.class, invoice.memberId());
        return new Context(registry.nameOf(tenant), creditor, mandate == null ? null : mandate.reference());
    }

    private List<InvoiceLine> lines(UUID invoiceId) {
        return entityManager.createQuery("select l from InvoiceLine l where l.invoiceId = :invoice order by l.lineNo",
                InvoiceLine.class).setParameter("invoice", invoiceId).getResultList();
    }

    private record Context(String tenantName, CreditorDetails creditor, String mandateReference) {
    }
}
