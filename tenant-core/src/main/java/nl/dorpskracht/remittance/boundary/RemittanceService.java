package nl.dorpskracht.remittance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.remittance.control.RemittanceInvoicePdf;
import nl.dorpskracht.remittance.control.RemittanceQueries;
import nl.dorpskracht.remittance.control.RemittanceQueries.Counts;
import nl.dorpskracht.remittance.entity.RemittanceInvoice;
import nl.dorpskracht.remittance.entity.RemittanceRule;
import nl.dorpskracht.remittance.entity.RemittanceStatement;
import nl.dorpskracht.remittance.entity.RuleInput;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Tenant;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * The afdracht of the request's tenant. A national tenant sets the rule, reads every province's statement (counts and
 * sums only), issues the invoices and records what it received; a province reads its national tenant's rule, its own
 * statement and the invoices addressed to it, and records that it paid.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RemittanceService {

    public static final int DEFAULT_DAYS_TO_PAY = 30;
    public static final int MAX_REFERENCE_LENGTH = 100;

    @Inject
    RemittanceQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    public boolean isNational() {
        return registry.find(tenant.require()).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    /** The rule of a year: the tenant's own when national, its national tenant's when a province. */
    public RemittanceRule rule(int year) {
        return (isNational() ? queries.ownRule(year, false) : queries.nationalRule(year))
                .orElseThrow(() -> new ProblemException(ProblemCode.REMITTANCE_RULE_NOT_FOUND));
    }

    public RemittanceRule saveRule(int year, RuleInput input, Long expectedVersion) {
        requireNational();
        RemittanceRule rule = input.validate(year);
        RemittanceRule before = queries.ownRule(year, true).orElse(null);
        if (before != null && expectedVersion != null && expectedVersion != before.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        queries.saveRule(rule, caller.name());
        RemittanceRule after = queries.ownRule(year, false).orElseThrow();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("basis", new Object[] { before == null ? null : before.basis(), after.basis() });
        changes.put("amountCents", new Object[] { before == null ? null : before.amountCents(), after.amountCents() });
        changes.put("shareBasisPoints",
                new Object[] { before == null ? null : before.shareBasisPoints(), after.shareBasisPoints() });
        changes.put("typeAmounts", new Object[] { before == null ? null : before.typeAmounts().toString(),
                after.typeAmounts().toString() });
        changes.put("referenceDate",
                new Object[] { before == null ? null : before.referenceDate(), after.referenceDate() });
        audit.record(before == null ? "CREATE" : "UPDATE", "RemittanceRule", year, changes);
        return after;
    }

    /** A province's own statement, computed under its own row-level security. */
    public RemittanceStatement ownStatement(int year) {
        Tenant province = requireProvince();
        RemittanceRule rule = rule(year);
        return statement(province.code(), province.name(), rule, queries.ownCounts(rule.referenceDate(), year));
    }

    /** Every province's statement, for the national tenant: counts and sums per province, never a name. */
    public List<RemittanceStatement> federationStatements(int year) {
        String national = requireNational();
        RemittanceRule rule = rule(year);
        Map<String, String> names = queries.provinces(national);
        List<RemittanceStatement> statements = new ArrayList<>();
        queries.federationCounts(year).forEach(
                (code, counts) -> statements.add(statement(code, names.getOrDefault(code, code), rule, counts)));
        return statements;
    }

    public List<RemittanceInvoice> invoices(Integer year) {
        return queries.invoices(isNational(), year, null);
    }

    public RemittanceInvoice invoice(UUID id) {
        List<RemittanceInvoice> found = id == null ? List.of() : queries.invoices(isNational(), null, id);
        if (found.isEmpty()) {
            throw new ProblemException(ProblemCode.REMITTANCE_INVOICE_NOT_FOUND);
        }
        return found.get(0);
    }

    /** Issues the invoice of a province for a year, for the amount its statement shows now. */
    public RemittanceInvoice issue(String province, int year, LocalDate dueOn) {
        String national = requireNational();
        String code = province == null ? "" : province.strip();
        if (!queries.provinces(national).containsKey(code)) {
            throw new ProblemException(ProblemCode.REMITTANCE_PROVINCE_UNKNOWN);
        }
        RemittanceRule rule = rule(year);
        LocalDate today = today();
        LocalDate due = dueOn == null ? today.plusDays(DEFAULT_DAYS_TO_PAY) : dueOn;
        if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
            throw ProblemException.invalid(List.of(FieldError.field("dueOn", "invalid.dueOn")));
        }
        if (queries.invoiceExists(code, year)) {
            throw new ProblemException(ProblemCode.REMITTANCE_INVOICE_EXISTS);
        }
        Counts counts = queries.federationCounts(year).getOrDefault(code, new Counts(Map.of(), 0));
        long amount = rule.due(counts.perType(), counts.receivedCents());
        UUID id = UUID.randomUUID();
        String number = queries.nextNumber(year);
        queries.insertInvoice(id, year, number, code, rule, counts, amount, today, due, caller.name());
        audit.record("ISSUE", "RemittanceInvoice", id, Map.of("number", new Object[] { null, number }, "province",
                new Object[] { null, code }, "amountCents", new Object[] { null, amount }));
        return invoice(id);
    }

    /** The national tenant received the money: the invoice is PAID. */
    public RemittanceInvoice received(UUID id, LocalDate receivedOn, Long expectedVersion) {
        requireNational();
        Map<String, Object> row = (id == null ? java.util.Optional.<Map<String, Object>> empty()
                : queries.lockInvoice(id))
                        .orElseThrow(() -> new ProblemException(ProblemCode.REMITTANCE_INVOICE_NOT_FOUND));
        if (expectedVersion != null && expectedVersion != ((Number) row.get("version")).longValue()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        if (RemittanceInvoice.PAID.equals(row.get("status"))) {
            throw new ProblemException(ProblemCode.REMITTANCE_INVOICE_PAID);
        }
        LocalDate on = day(receivedOn);
        queries.markReceived(id, on);
        audit.record("RECEIVED", "RemittanceInvoice", id,
                Map.of("status", new Object[] { "OPEN", "PAID" }, "receivedOn", new Object[] { null, on }));
        return invoice(id);
    }

    /** The province paid (its own record, in its own tenant); a second report replaces the first. */
    public RemittanceInvoice paid(UUID id, LocalDate paidOn, Long amountCents, String reference) {
        requireProvince();
        RemittanceInvoice invoice = invoice(id);
        LocalDate on = day(paidOn);
        long amount = amountCents == null ? invoice.amountCents() : amountCents;
        List<FieldError> errors = new ArrayList<>();
        if (amount <= 0 || amount > RuleInput.MAX_CENTS) {
            errors.add(FieldError.field("amountCents", "invalid.amount", 1, RuleInput.MAX_CENTS));
        }
        String note = reference == null || reference.isBlank() ? null : reference.strip();
        if (note != null && note.length() > MAX_REFERENCE_LENGTH) {
            errors.add(FieldError.field("reference", "tooLong", MAX_REFERENCE_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        queries.recordPaid(id, invoice.national(), on, amount, note, caller.name());
        audit.record("PAID", "RemittanceInvoice", id,
                Map.of("paidOn", new Object[] { invoice.paid() == null ? null : invoice.paid().paidOn(), on },
                        "amountCents",
                        new Object[] { invoice.paid() == null ? null : invoice.paid().amountCents(), amount }));
        return invoice(id);
    }

    public byte[] pdf(UUID id) {
        RemittanceInvoice invoice = invoice(id);
        RemittanceRule rule = isNational() ? queries.ownRule(invoice.year(), false).orElse(null)
                : queries.nationalRule(invoice.year()).orElse(null);
        return RemittanceInvoicePdf.render(new RemittanceInvoicePdf.Content(registry.nameOf(invoice.national()),
                invoice.provinceName(), invoice, rule));
    }

    private static RemittanceStatement statement(String code, String name, RemittanceRule rule, Counts counts) {
        return new RemittanceStatement(code, name, rule.year(), rule.referenceDate(), rule.basis(), counts.perType(),
                counts.receivedCents(), rule.due(counts.perType(), counts.receivedCents()));
    }

    private String requireNational() {
        if (!isNational()) {
            throw new ProblemException(ProblemCode.REMITTANCE_NATIONAL_ONLY);
        }
        return tenant.require();
    }

    private Tenant requireProvince() {
        Tenant own = registry.find(tenant.require()).orElseThrow();
        if (own.kind() == TenantKind.NATIONAL || own.parentCode() == null) {
            throw new ProblemException(ProblemCode.REMITTANCE_PROVINCE_ONLY);
        }
        return own;
    }

    private static LocalDate day(LocalDate given) {
        LocalDate today = today();
        if (given != null && (given.isAfter(today) || given.isBefore(today.minusYears(2)))) {
            throw ProblemException.invalid(List.of(FieldError.field("paidOn", "invalid.remittancePaidOn")));
        }
        return given == null ? today : given;
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
