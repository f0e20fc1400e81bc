package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.statements.boundary.BankStatementService;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.boundary.InvoiceDeliveryService;
import nl.dorpskracht.contributions.boundary.InvoiceService;
import nl.dorpskracht.contributions.control.InvoiceQueries;
import nl.dorpskracht.contributions.control.InvoiceSearch;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceDetail;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.PaymentInput;
import nl.dorpskracht.contributions.entity.PaymentMethod;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.web.faces.FacesSupport;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The invoices page: server-side paging, filters (open, paid, cancelled, overdue), payments, cancel, PDF. */
@Named("invoicesPage")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class InvoicesPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    public static final String OVERDUE = "OVERDUE";

    @Inject
    InvoiceService invoices;

    @Inject
    Caller caller;

    @Inject
    InvoiceDeliveryService delivery;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private String filter = InvoiceStatus.OPEN.name();
    private Integer year;
    private String query;
    private long totalCents;
    private long outstandingCents;
    private final PaymentForm payment = new PaymentForm();
    @Inject
    BankStatementService statements;

    private String remindersOf;
    private List<InvoiceDeliveryService.ReminderSent> reminders = List.of();
    private List<BankStatementService.ReturnedCollection> returns = List.of();
    private List<InvoiceDeliveryService.InvoiceMailed> mailed = List.of();
    /** The loaded page of rows stays with this instance; after a move to another the model loads again. */
    private transient LazyDataModel<Invoice> model;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    public void startPayment(String id) {
        InvoiceDetail detail = invoices.detail(UUID.fromString(id));
        payment.invoiceId = id;
        payment.number = detail.invoice().number();
        payment.payerName = detail.invoice().payerName();
        payment.outstanding = Money.format(detail.invoice().outstandingCents());
        payment.amount = Money.plain(detail.invoice().outstandingCents());
        payment.paidOn = LocalDate.now(DutchTime.ZONE).toString();
        payment.method = PaymentMethod.TRANSFER.name();
        payment.reference = null;
    }

    public void registerPayment() {
        try {
            Long cents = payment.amount == null || payment.amount.isBlank() ? null : Money.parse(payment.amount);
            if (cents == null) {
                throw ProblemException
                        .invalid(List.of(FieldError.field("amountCents", "invalid.amount", 1, Money.MAX_CENTS)));
            }
            invoices.pay(UUID.fromString(payment.invoiceId),
                    new PaymentInput(cents, payment.paidOn, payment.method, payment.reference), null);
            FacesSupport.info("invoices.paymentRegistered", payment.number);
            payment.invoiceId = null;
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "paymentForm");
        }
    }

    /** The reminders of one invoice, shown above the list. */
    public void showReminders(String id) {
        try {
            reminders = delivery.reminders(UUID.fromString(id));
            returns = statements.returnsOf(UUID.fromString(id));
            mailed = delivery.invoiceMails(UUID.fromString(id));
            remindersOf = invoices.detail(UUID.fromString(id)).invoice().number();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "invoices");
        }
    }

    public void resend(String id) {
        try {
            delivery.resend(UUID.fromString(id));
            FacesSupport.info("invoiceMail.resent");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "invoices");
        }
    }

    public String getRemindersOf() {
        return remindersOf;
    }

    public List<InvoiceDeliveryService.ReminderSent> getReminders() {
        return reminders;
    }

    public List<InvoiceDeliveryService.InvoiceMailed> getMailed() {
        return mailed;
    }

    public List<BankStatementService.ReturnedCollection> getReturns() {
        return returns;
    }

    public void cancelPayment() {
        payment.invoiceId = null;
    }

    public void cancelInvoice(String id) {
        try {
            InvoiceDetail detail = invoices.cancel(UUID.fromString(id), null);
            FacesSupport.info("invoices.cancelled", detail.invoice().number());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void downloadPdf(String id) {
        try {
            InvoiceDetail detail = invoices.detail(UUID.fromString(id));
            FacesSupport.download(invoices.pdf(UUID.fromString(id)), "application/pdf",
                    "factuur-" + detail.invoice().number() + ".pdf");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    private InvoiceSearch search(int first, int size) {
        int pageSize = Math.max(1, Math.min(size, InvoiceSearch.MAX_SIZE));
        boolean overdue = OVERDUE.equals(filter);
        InvoiceStatus status = overdue || filter == null || filter.isBlank() ? null : InvoiceStatus.valueOf(filter);
        return new InvoiceSearch(status, year, overdue, null, query == null || query.isBlank() ? null : query.strip(),
                first / pageSize, pageSize);
    }

    private final class InvoiceRows extends LazyDataModel<Invoice> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return 0;
            }
            return (int) invoices.search(search(0, 1)).total();
        }

        @Override
        public List<Invoice> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            InvoiceQueries.Page page = invoices.search(search(first, pageSize));
            setRowCount((int) page.total());
            totalCents = page.totalCents();
            outstandingCents = page.outstandingCents();
            return page.items();
        }

        @Override
        public String getRowKey(Invoice invoice) {
            return invoice.id().toString();
        }

        @Override
        public Invoice getRowData(String rowKey) {
            return null;
        }
    }

    public boolean overdue(Invoice invoice) {
        return invoice.isOverdue(LocalDate.now(DutchTime.ZONE));
    }

    public String money(long cents) {
        return Money.format(cents);
    }

    public String[] getFilters() {
        return new String[] { InvoiceStatus.OPEN.name(), OVERDUE, InvoiceStatus.PAID.name(),
                InvoiceStatus.CANCELLED.name() };
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public LazyDataModel<Invoice> getModel() {
        if (model == null) {
            model = new InvoiceRows();
        }
        return model;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getTotal() {
        return Money.format(totalCents);
    }

    public String getOutstanding() {
        return Money.format(outstandingCents);
    }

    public PaymentForm getPayment() {
        return payment;
    }

    public static class PaymentForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String invoiceId;
        private String number;
        private String payerName;
        private String outstanding;
        private String amount;
        private String paidOn;
        private String method;
        private String reference;

        public boolean isOpen() {
            return invoiceId != null;
        }

        public String getNumber() {
            return number;
        }

        public String getPayerName() {
            return payerName;
        }

        public String getOutstanding() {
            return outstanding;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getPaidOn() {
            return paidOn;
        }

        public void setPaidOn(String paidOn) {
            this.paidOn = paidOn;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
