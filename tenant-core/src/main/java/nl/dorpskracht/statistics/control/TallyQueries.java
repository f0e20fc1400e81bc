package nl.dorpskracht.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.statistics.entity.Quarter;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;

/**
 * Sums the tallies (V12): one row per key, whatever the number of people or organisations behind it. Row-level security
 * gives a national tenant the rows of its own federation and nothing else, so these queries do not name tenants. Each
 * is one statement: it sums a key's change rows in one snapshot, also while they are being folded.
 */
@ApplicationScoped
public class TallyQueries {

    /** V38: the generation of the last fold / the number of change rows since / a hash of them. */
    static final String STATE = "select tally_state() as state";

    @Inject
    TransactionFunctions database;

    /** The national tenant and the associations under it. */
    public List<Map<String, Object>> federation(String national) {
        return database.rows(
                "select code, name, kind from tenant where code = #a0 or parent_code = #a0" + " order by kind, name",
                national);
    }

    /** Member organisations as they are now, per association, type, region and status. */
    public List<Map<String, Object>> organisations() {
        return database.rows("select tenant_id, type, region, status, sum(organisations) as n from member_tally"
                + " group by tenant_id, type, region, status having sum(organisations) <> 0");
    }

    /** Organisations (not prospects) that joined, per association and quarter. */
    public List<Map<String, Object>> joined(StatisticsPeriod period) {
        return database.rows("select tenant_id, joined_quarter as quarter, sum(organisations) as n from member_tally"
                + " where status <> 'PROSPECT' and joined_quarter between #a0 and #a1"
                + " group by tenant_id, joined_quarter having sum(organisations) <> 0", quarters(period));
    }

    /** Organisations archived (left), per association and quarter. */
    public List<Map<String, Object>> left(StatisticsPeriod period) {
        return database.rows("select tenant_id, quarter, sum(changes) as n from member_change_tally"
                + " where status = 'ARCHIVED' and quarter between #a0 and #a1"
                + " group by tenant_id, quarter having sum(changes) <> 0", quarters(period));
    }

    public List<Map<String, Object>> invoices(StatisticsPeriod period) {
        return database.rows(
                "select tenant_id, year, status, sum(invoices) as invoices, sum(amount_cents) as amount,"
                        + " sum(paid_cents) as paid from invoice_tally where year between #a0 and #a1"
                        + " group by tenant_id, year, status having sum(invoices) <> 0",
                period.first().year(), period.last().year());
    }

    public List<Map<String, Object>> events(StatisticsPeriod period) {
        return database.rows("select tenant_id, start_quarter as quarter, type, status, sum(events) as n"
                + " from event_tally where status <> 'DRAFT' and start_quarter between #a0 and #a1"
                + " group by tenant_id, start_quarter, type, status having sum(events) <> 0", quarters(period));
    }

    /** Registrations that stand (not cancelled), per host of the event and home province of the registrant. */
    public List<Map<String, Object>> registrations(StatisticsPeriod period) {
        return database.rows("select host_tenant, tenant_id, sum(registrations) as n from registration_tally"
                + " where status <> 'CANCELLED' and registered_quarter between #a0 and #a1"
                + " group by host_tenant, tenant_id having sum(registrations) <> 0", quarters(period));
    }

    public List<Map<String, Object>> endorsements(StatisticsPeriod period) {
        return database.rows("select host_tenant, tenant_id, sum(endorsements) as n from endorsement_tally"
                + " where signed_quarter between #a0 and #a1"
                + " group by host_tenant, tenant_id having sum(endorsements) <> 0", quarters(period));
    }

    /** Published initiatives now, per association and theme. */
    public List<Map<String, Object>> initiatives() {
        return database.rows("select tenant_id, theme, sum(initiatives) as n from initiative_tally"
                + " group by tenant_id, theme having sum(initiatives) <> 0");
    }

    /** Help requests posted in the period, per association, quarter and status now. */
    public List<Map<String, Object>> helpRequests(StatisticsPeriod period) {
        return database.rows("select tenant_id, quarter, status, sum(requests) as n from help_request_tally"
                + " where quarter between #a0 and #a1"
                + " group by tenant_id, quarter, status having sum(requests) <> 0", quarters(period));
    }

    /** Matches proposed and accepted in the period, per association, quarter and outcome. */
    public List<Map<String, Object>> matches(StatisticsPeriod period) {
        return database.rows("select tenant_id, quarter, outcome, sum(matches) as n from match_tally"
                + " where quarter between #a0 and #a1"
                + " group by tenant_id, quarter, outcome having sum(matches) <> 0", quarters(period));
    }

    /**
     * What the tallies of the caller's federation are now, in one statement (V38): the generation of the last fold, and
     * the number and a hash of the change rows appended since. Within one generation change rows are only added, so two
     * equal answers name the same tallies; every fold that folds anything draws a new generation.
     */
    public String state() {
        return (String) database.rows(STATE).get(0).get("state");
    }

    /** Compacts the change rows of all tallies (as the schema owner); returns how many it folded. */
    public long fold() {
        return ((Number) database.rows("select fold_tallies() as folded").get(0).get("folded")).longValue();
    }

    public static Quarter quarterOf(Object day) {
        return Quarter.of(day instanceof Date date ? date.toLocalDate() : (LocalDate) day);
    }

    private static Object[] quarters(StatisticsPeriod period) {
        return new Object[] { Date.valueOf(period.first().start()), Date.valueOf(period.last().start()) };
    }
}
