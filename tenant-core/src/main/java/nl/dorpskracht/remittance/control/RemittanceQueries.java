package nl.dorpskracht.remittance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.remittance.entity.RemittanceBasis;
import nl.dorpskracht.remittance.entity.RemittanceInvoice;
import nl.dorpskracht.remittance.entity.RemittanceRule;

/**
 * The SQL of the afdracht (V33), on the transaction's own connection. The national tenant reads its own tables; a
 * province reads its national tenant's rule and the invoices addressed to it through the two views, and its own paid
 * records; every read is held by row-level security of the tenant bound to the transaction.
 */
@ApplicationScoped
public class RemittanceQueries {

    /** The most invoices a list shows: a federation has a handful of provinces, a year one invoice each. */
    public static final int MAX_INVOICES = 500;

    private static final String RULE_COLUMNS = "year, basis, amount_cents, share_basis_points, type_amounts::text as"
            + " type_amounts, reference_date, version";
    private static final String INVOICE_COLUMNS = "i.id, i.national, i.number, i.year, i.province, t.name as"
            + " province_name, i.basis, i.reference_date, i.counts::text as counts, i.received_cents, i.amount_cents,"
            + " i.issued_on, i.due_on, i.status, i.received_on, i.version, p.paid_on, p.amount_cents as paid_cents,"
            + " p.reference as paid_reference";

    @Inject
    TransactionFunctions database;

    public Optional<RemittanceRule> ownRule(int year, boolean forUpdate) {
        return database.rows(
                "select " + RULE_COLUMNS + " from remittance_rule where tenant_id ="
                        + " current_setting('app.tenant_id', true) and year = #a0" + (forUpdate ? " for update" : ""),
                year).stream().findFirst().map(RemittanceQueries::rule);
    }

    public Optional<RemittanceRule> nationalRule(int year) {
        return database.rows("select " + RULE_COLUMNS + " from remittance_rule_of_national where year = #a0", year)
                .stream().findFirst().map(RemittanceQueries::rule);
    }

    public void saveRule(RemittanceRule rule, String by) {
        database.execute("insert into remittance_rule (tenant_id, year, basis, amount_cents, share_basis_points,"
                + " type_amounts, reference_date, updated_by) values (current_setting('app.tenant_id', true), #a0,"
                + " #a1, #a2, #a3, cast(#a4 as jsonb), #a5, #a6) on conflict (tenant_id, year) do update set"
                + " basis = excluded.basis, amount_cents = excluded.amount_cents, share_basis_points ="
                + " excluded.share_basis_points, type_amounts = excluded.type_amounts, reference_date ="
                + " excluded.reference_date, updated_by = excluded.updated_by, updated_at = now(),"
                + " version = remittance_rule.version + 1", rule.year(), rule.basis().name(), rule.amountCents(),
                rule.shareBasisPoints(), json(rule.typeAmounts()), Date.valueOf(rule.referenceDate()), by);
    }

    /** The statement of the tenant bound to the transaction, under its own row-level security. */
    public Counts ownCounts(LocalDate reference, int year) {
        Map<String, Object> row = database
                .rows("select counts::text as counts, received_cents from" + " remittance_statement(#a0, #a1)",
                        Date.valueOf(reference), year)
                .get(0);
        return new Counts(counts(row.get("counts")), number(row.get("received_cents")));
    }

    /** Every province's counts and sums, for the national tenant bound to the transaction (the owner function). */
    public Map<String, Counts> federationCounts(int year) {
        Map<String, Counts> perProvince = new TreeMap<>();
        for (Map<String, Object> row : database.rows("select province, counts::text as counts, received_cents"
                + " from remittance_federation_statements(#a0)", year)) {
            perProvince.put((String) row.get("province"),
                    new Counts(counts(row.get("counts")), number(row.get("received_cents"))));
        }
        return perProvince;
    }

    /** The provinces whose national tenant this is, code to name. */
    public Map<String, String> provinces(String national) {
        Map<String, String> provinces = new TreeMap<>();
        database.rows("select code, name from tenant where parent_code = #a0", national)
                .forEach(row -> provinces.put((String) row.get("code"), (String) row.get("name")));
        return provinces;
    }

    /** The national tenant's invoices (with the provinces' paid records), or a province's (with its own). */
    public List<RemittanceInvoice> invoices(boolean national, Integer year, UUID id) {
        String from = national
                ? "(select tenant_id as national, * from remittance_invoice where tenant_id ="
                        + " current_setting('app.tenant_id', true)) i"
                : "(select * from remittance_invoice_to_province where province ="
                        + " current_setting('app.tenant_id', true)) i";
        return database.rows("select " + INVOICE_COLUMNS + " from " + from
                + " join tenant t on t.code = i.province left join remittance_paid p on p.tenant_id = i.province"
                + " and p.invoice_id = i.id and p.national = i.national"
                + " where (cast(#a0 as integer) is null or i.year = cast(#a0 as integer))"
                + " and (cast(#a1 as uuid) is null or i.id = cast(#a1 as uuid))"
                + " order by i.year desc, i.number limit " + MAX_INVOICES, year, id == null ? null : id.toString())
                .stream().map(RemittanceQueries::invoice).toList();
    }

    /** Takes the next invoice number of the year, like {@code AF2026-0001}. */
    public String nextNumber(int year) {
        Object last = database.rows("insert into remittance_invoice_counter (tenant_id, year, last_number) values"
                + " (current_setting('app.tenant_id', true), #a0, 1) on conflict (tenant_id, year) do update set"
                + " last_number = remittance_invoice_counter.last_number + 1 returning last_number", year).get(0)
                .get("last_number");
        return String.format("AF%d-%04d", year, number(last));
    }

    public void insertInvoice(UUID id, int year, String number, String province, RemittanceRule rule, Counts counts,
            long amount, LocalDate issuedOn, LocalDate dueOn, String by) {
        database.execute(
                "insert into remittance_invoice (tenant_id, id, year, number, province, basis, reference_date,"
                        + " counts, received_cents, amount_cents, issued_on, due_on, created_by) values"
                        + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), #a1, #a2, #a3, #a4, #a5,"
                        + " cast(#a6 as jsonb), #a7, #a8, #a9, #a10, #a11)",
                id.toString(), year, number, province, rule.basis().name(), Date.valueOf(rule.referenceDate()),
                json(counts.perType()), counts.receivedCents(), amount, Date.valueOf(issuedOn), Date.valueOf(dueOn),
                by);
    }

    public boolean invoiceExists(String province, int year) {
        return !database.rows("select 1 from remittance_invoice where tenant_id = current_setting('app.tenant_id',"
                + " true) and province = #a0 and year = #a1", province, year).isEmpty();
    }

    /** Locks the national tenant's invoice; its status and version, or empty. */
    public Optional<Map<String, Object>> lockInvoice(UUID id) {
        return database.rows(
                "select status, version from remittance_invoice where tenant_id ="
                        + " current_setting('app.tenant_id', true) and id = cast(#a0 as uuid) for update",
                id.toString()).stream().findFirst();
    }

    public void markReceived(UUID id, LocalDate receivedOn) {
        database.execute(
                "update remittance_invoice set status = 'PAID', received_on = #a1, version = version + 1"
                        + " where tenant_id = current_setting('app.tenant_id', true) and id = cast(#a0 as uuid)",
                id.toString(), Date.valueOf(receivedOn));
    }

    public void recordPaid(UUID id, String national, LocalDate paidOn, long amountCents, String reference, String by) {
        database.execute("insert into remittance_paid (tenant_id, invoice_id, national, paid_on, amount_cents,"
                + " reference, recorded_by) values (current_setting('app.tenant_id', true), cast(#a0 as uuid), #a1,"
                + " #a2, #a3, #a4, #a5) on conflict (tenant_id, invoice_id) do update set paid_on = excluded.paid_on,"
                + " amount_cents = excluded.amount_cents, reference = excluded.reference, recorded_by ="
                + " excluded.recorded_by, recorded_at = now()", id.toString(), national, Date.valueOf(paidOn),
                amountCents, reference, by);
    }

    /** Organisations per type and the contributions received, of one province. */
    public record Counts(Map<String, Long> perType, long receivedCents) {
    }

    private static RemittanceRule rule(Map<String, Object> row) {
        return new RemittanceRule(((Number) row.get("year")).intValue(),
                RemittanceBasis.valueOf((String) row.get("basis")), number(row.get("amount_cents")),
                ((Number) row.get("share_basis_points")).intValue(), counts(row.get("type_amounts")),
                day(row.get("reference_date")), number(row.get("version")));
    }

    private static RemittanceInvoice invoice(Map<String, Object> row) {
        RemittanceInvoice.PaidByProvince paid = row.get("paid_on") == null ? null
                : new RemittanceInvoice.PaidByProvince(day(row.get("paid_on")), number(row.get("paid_cents")),
                        (String) row.get("paid_reference"));
        return new RemittanceInvoice(UUID.fromString(String.valueOf(row.get("id"))), (String) row.get("national"),
                (String) row.get("number"), ((Number) row.get("year")).intValue(), (String) row.get("province"),
                (String) row.get("province_name"), RemittanceBasis.valueOf((String) row.get("basis")),
                day(row.get("reference_date")), counts(row.get("counts")), number(row.get("received_cents")),
                number(row.get("amount_cents")), day(row.get("issued_on")), day(row.get("due_on")),
                (String) row.get("status"), row.get("received_on") == null ? null : day(row.get("received_on")),
                number(row.get("version")), paid);
    }

    static Map<String, Long> counts(Object json) {
        Map<String, Long> counts = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(json)))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> counts.put(key, ((jakarta.json.JsonNumber) value).longValue()));
        }
        return counts;
    }

    static String json(Map<String, Long> values) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        values.forEach(builder::add);
        return builder.build().toString();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
