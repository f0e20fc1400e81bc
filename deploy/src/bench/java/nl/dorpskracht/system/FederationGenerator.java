package nl.dorpskracht.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the database with a large synthetic federation, set-based (one INSERT … SELECT from generate_series per table
 * and step), as the superuser: 12 provinces, organisations with 20 contact persons each, registrations, invoices,
 * status changes, events and co-signatures of LVKK's national campaign. Each step adds the numbers up to a size to what
 * the previous steps wrote. Ids are derived from the row number (md5 as uuid), so rows of one table can name rows of
 * another without reading them back. Everything looks plausible and is clearly synthetic: "Dorpsraad 000123",
 * "contact-0000042@example.invalid".
 */
public final class FederationGenerator {

    public static final int CONTACTS_PER_ORGANISATION = 20;
    public static final int REGISTRATIONS_PER_ORGANISATION = 4;
    public static final int REGIONS_PER_PROVINCE = 6;

    /** The twelve provinces: the demo's three first, then nine new ones. Position 13 (index 12) is LVKK's. */
    public static final List<String> PROVINCES = List.of("vkkl", "zhvkk", "ovkk", "fvkk", "gvkk", "dvkk", "gevkk", "uvkk",
            "nhvkk", "zvkk", "nbvkk", "flvkk");
    private static final String NEW_PROVINCES = "('fvkk', 'Friese Vereniging Kleine Kernen (synthetisch)', 'Friesland'),"
            + " ('gvkk', 'Groninger Vereniging Kleine Kernen (synthetisch)', 'Groningen'),"
            + " ('dvkk', 'Drentse Vereniging Kleine Kernen (synthetisch)', 'Drenthe'),"
            + " ('gevkk', 'Gelderse Vereniging Kleine Kernen (synthetisch)', 'Gelderland'),"
            + " ('uvkk', 'Utrechtse Vereniging Kleine Kernen (synthetisch)', 'Utrecht'),"
            + " ('nhvkk', 'Noord-Hollandse Vereniging Kleine Kernen (synthetisch)', 'Noord-Holland'),"
            + " ('zvkk', 'Zeeuwse Vereniging Kleine Kernen (synthetisch)', 'Zeeland'),"
            + " ('nbvkk', 'Brabantse Vereniging Kleine Kernen (synthetisch)', 'Noord-Brabant'),"
            + " ('flvkk', 'Flevolandse Vereniging Kleine Kernen (synthetisch)', 'Flevoland')";
    /** {@code provinces[i]} in SQL, 1-based like SQL arrays, with LVKK at 13. */
    private static final String HOSTS = "(array['" + String.join("','", PROVINCES) + "','lvkk'])";

    /** One step's rows, written after those of all earlier steps. */
    public record Size(long organisations, long events) {

        public long contacts() {
            return organisations * CONTACTS_PER_ORGANISATION;
        }

        public long registrations() {
            return organisations * REGISTRATIONS_PER_ORGANISATION;
        }
    }

    /** What one table took in one step. */
    public record Timing(String table, long rows, long nanos) {

        public double seconds() {
            return nanos / 1e9;
        }

        public double rowsPerSecond() {
            return rows / Math.max(1e-9, seconds());
        }
    }

    private final Connection superuser;
    private Size written = new Size(0, 0);

    public FederationGenerator(Connection superuser) {
        this.superuser = superuser;
    }

    public Size written() {
        return written;
    }

    /** The nine new provinces and six synthetic regions in each of the twelve; idempotent. */
    public List<Timing> prepare() throws SQLException {
        List<Timing> timings = new ArrayList<>();
        timings.add(timed("tenant",
                "insert into tenant (code, name, kind, parent_code, province)"
                        + " select code, name, 'PROVINCIAL', 'lvkk', province from (values " + NEW_PROVINCES
                        + ") p (code, name, province) on conflict (code) do nothing"));
        timings.add(timed("region", "insert into region (tenant_id, id, name)"
                + " select p.code, md5('region-' || p.code || '-' || r)::uuid, 'Regio ' || r || ' (synthetisch)'"
                + " from unnest(" + HOSTS + "[1:12]) p (code), generate_series(1, " + REGIONS_PER_PROVINCE + ") r"
                + " on conflict do nothing"));
        return timings;
    }

    /** Adds rows until the federation has {@code target}'s size; returns the time per table. */
    public List<Timing> growTo(Size target) throws SQLException {
        Size from = written;
        List<Timing> timings = new ArrayList<>();
        timings.add(timed("member_organisation", organisations(from.organisations(), target.organisations())));
        timings.add(timed("member_status_change", statusChanges(from.organisations(), target.organisations())));
        timings.add(timed("contact_person", contacts(from.contacts(), target.contacts())));
        timings.add(timed("event", events(from.events(), target.events())));
        timings.add(
                timed("registration", registrations(from.registrations(), target.registrations(), target.events())));
        timings.add(timed("invoice", invoices(from.organisations(), target.organisations())));
        timings.add(timed("endorsement", endorsements(from.organisations(), target.organisations())));
        written = target;
        return timings;
    }

    public Timing analyze() throws SQLException {
        return timed("ANALYZE", "analyze");
    }

    /** Type and status follow the number; one in twenty is archived, suspended or a prospect (no join date). */
    private static String organisations(long from, long to) {
        return "insert into member_organisation (tenant_id, id, name, type, municipality, region, email, status,"
                + " street, postal_code, place, inhabitants, joined_on)" + " select " + province("n") + ", "
                + organisationId("n") + ", " + organisationName("n") + ", " + type("n") + ", " + municipality("n") + ","
                + " 'Regio ' || (n / 12 % " + REGIONS_PER_PROVINCE + " + 1) || ' (synthetisch)',"
                + " 'info-' || lpad(n::text, 6, '0') || '@example.invalid',"
                + " case n % 20 when 0 then 'ARCHIVED' when 1 then 'SUSPENDED' when 2 then 'PROSPECT' else 'ACTIVE' end,"
                + " 'Dorpsstraat ' || (n % 150 + 1), (1000 + n % 9000) || ' ZZ', 'Kern ' || lpad(n::text, 6, '0'),"
                + " 150 + (n::bigint * 7919) % 6000,"
                + " case when n % 20 = 2 then null else date '2016-01-01' + ((n * 37) % 3650)::int end"
                + " from generate_series(" + from + ", " + (to - 1) + ") n";
    }

    /** The status each organisation started with, and a later change for the archived and suspended ones. */
    private static String statusChanges(long from, long to) {
        return "insert into member_status_change (tenant_id, id, member_id, status, changed_at, changed_by, reason)"
                + " select m.tenant_id, md5('status-' || n || '-' || s)::uuid, m.id,"
                + " case when s = 1 then case when m.status = 'PROSPECT' then 'PROSPECT' else 'ACTIVE' end"
                + " else m.status end," + " coalesce(m.joined_on, date '2025-06-01') + (s - 1) * ((n * 11) % 900 + 30),"
                + " 'synthetisch', case when s = 2 then 'Synthetische statuswijziging' end" + " from generate_series("
                + from + ", " + (to - 1) + ") n" + " cross join generate_series(1, 2) s"
                + " join member_organisation m on m.tenant_id = " + province("n") + " and m.id = " + organisationId("n")
                + " where s = 1 or m.status in ('ARCHIVED', 'SUSPENDED')";
    }

    /** Twenty per organisation, the first the primary one; half agreed to share their name for registrations. */
    private static String contacts(long from, long to) {
        String organisation = "(c / " + CONTACTS_PER_ORGANISATION + ")";
        return "insert into contact_person (tenant_id, id, organisation_id, name, role_in_organisation, email, phone,"
                + " is_primary, newsletter_consent_on, sharing_consent_on)" + " select " + province(organisation) + ", "
                + contactId("c") + ", " + organisationId(organisation) + ", 'Contact ' || lpad(c::text, 7, '0'),"
                + " (array['Voorzitter','Secretaris','Penningmeester','Lid','Vrijwilliger'])[c % 5 + 1],"
                + " 'contact-' || lpad(c::text, 7, '0') || '@example.invalid',"
                + " case when c % 3 = 0 then '0600' || lpad((c % 1000000)::text, 6, '0') end," + " c % "
                + CONTACTS_PER_ORGANISATION + " = 0,"
                + " case when c % 4 = 0 then date '2024-01-15' end, case when c % 2 = 0 then date '2024-01-15' end"
                + " from generate_series(" + from + ", " + (to - 1) + ") c";
    }

    /**
     * Hosted in turn by the twelve provinces and LVKK; LVKK's and every fourth are shared with all; a third are
     * webinars; one in ten was cancelled; spread over ten years.
     */
    private static String events(long from, long to) {
        return "insert into event (tenant_id, id, type, title, theme, starts_at, ends_at, capacity, status,"
                + " shared_with_all)" + " select " + HOSTS + "[e % 13 + 1], " + eventId("e") + ","
                + " case when e % 3 = 0 then 'WEBINAR' else (array['THEME_MEETING','WORKSHOP','REGIONAL_MEETING',"
                + "'LECTURE','ALV','OPPE_KOFFIE','OTHER'])[e % 7 + 1] end,"
                + " 'Synthetische bijeenkomst ' || lpad(e::text, 5, '0'), 'Leefbaarheid',"
                + " timestamptz '2017-01-02 19:30+01' + ((e * 13) % 3650) * interval '1 day',"
                + " timestamptz '2017-01-02 21:30+01' + ((e * 13) % 3650) * interval '1 day',"
                + " case when e % 2 = 0 then 200 end," + " case when e % 10 = 5 then 'CANCELLED' else 'PUBLISHED' end,"
                + " e % 13 = 12 or e % 4 = 0" + " from generate_series(" + from + ", " + (to - 1) + ") e";
    }

    /**
     * Contact person 5r registers: every third time for an LVKK event (shared with all, so across provinces, with
     * consent), otherwise for one of their own province's events. Each contact registers once.
     */
    private static String registrations(long from, long to, long events) {
        long perHost = Math.max(1, events / 13);
        String contact = "(r * " + (CONTACTS_PER_ORGANISATION / REGISTRATIONS_PER_ORGANISATION) + ")";
        String organisation = "(r / " + REGISTRATIONS_PER_ORGANISATION + ")";
        String hostIndex = "case when r % 3 = 0 then 12 else " + organisation + " % 12 end";
        String event = "(" + hostIndex + " + 13 * ((r / 3) % " + perHost + "))";
        return "insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id, attendee_name,"
                + " attendee_email, organisation_name, status, registered_by, sharing_consent_at, registered_at,"
                + " cancelled_at)"
                + " select x.tenant_id, md5('registration-' || x.r)::uuid, e.tenant_id, e.id, x.contact_id, x.member_id,"
                + " 'Contact ' || lpad(x.c::text, 7, '0'), 'contact-' || lpad(x.c::text, 7, '0') || '@example.invalid',"
                + " x.organisation_name,"
                + " case x.r % 10 when 0 then 'CANCELLED' when 1 then 'WAITLISTED' else 'CONFIRMED' end,"
                + " case when x.r % 2 = 0 then 'SELF' else 'ADMIN' end,"
                + " case when e.tenant_id <> x.tenant_id then e.starts_at - (x.r % 60 + 1) * interval '1 day' end,"
                + " e.starts_at - (x.r % 60 + 1) * interval '1 day',"
                + " case when x.r % 10 = 0 then e.starts_at - interval '1 day' end" + " from (select r, " + contact
                + " c, " + province(organisation) + " tenant_id, " + contactId(contact) + " contact_id, "
                + organisationId(organisation) + " member_id, " + organisationName(organisation)
                + " organisation_name, " + HOSTS + "[" + hostIndex + " + 1] host, " + eventId(event) + " event_id"
                + " from generate_series(" + from + ", " + (to - 1) + ") r) x"
                + " join event e on e.tenant_id = x.host and e.id = x.event_id";
    }

    /** 2024 and 2025 for everyone but prospects, 2026 for every other one; older years mostly paid. */
    private static String invoices(long from, long to) {
        return "insert into invoice (tenant_id, id, number, year, payer_kind, payer_key, member_id, payer_name,"
                + " amount_cents, paid_cents, status, issued_on, due_on, cancelled_at)"
                + " select m.tenant_id, md5('invoice-' || n || '-' || y)::uuid,"
                + " 'SYN-' || y || '-' || lpad(n::text, 6, '0'), y, 'ORGANISATION', 'M:' || m.id, m.id, m.name,"
                + " 2500 + (n % 5) * 1000," + " case when v.status = 'PAID' then 2500 + (n % 5) * 1000"
                + " when v.status = 'OPEN' and n % 3 = 0 then 1000 else 0 end,"
                + " v.status, make_date(y, 2, 1), make_date(y, 3, 1),"
                + " case when v.status = 'CANCELLED' then make_date(y, 4, 1)::timestamptz end"
                + " from generate_series(" + from + ", " + (to - 1) + ") n"
                + " cross join generate_series(2024, 2026) y" + " join member_organisation m on m.tenant_id = "
                + province("n") + " and m.id = " + organisationId("n")
                + " cross join lateral (select case when n % 50 = 1 then 'CANCELLED'"
                + " when y < 2026 and n % 7 <> 0 then 'PAID' else 'OPEN' end status) v"
                + " where m.status <> 'PROSPECT' and (y < 2026 or n % 2 = 0)";
    }

    /** One in five organisations co-signed LVKK's national campaign of the demo data, over the last 300 days. */
    private static String endorsements(long from, long to) {
        return "insert into endorsement (tenant_id, host_tenant, campaign_id, member_id, organisation_name,"
                + " municipality, signed_at)" + " select m.tenant_id, c.tenant_id, c.id, m.id, m.name, m.municipality,"
                + " timestamptz '2026-11-01 12:00+01' - (n % 300) * interval '1 day'" + " from generate_series(" + from
                + ", " + (to - 1) + ") n" + " join member_organisation m on m.tenant_id = " + province("n")
                + " and m.id = " + organisationId("n")
                + " cross join (select tenant_id, id from campaign where tenant_id = 'lvkk' and national"
                + " order by created_at limit 1) c" + " where n % 5 = 0";
    }

    private static String province(String organisation) {
        return HOSTS + "[" + organisation + " % 12 + 1]";
    }

    private static String organisationId(String n) {
        return "md5('organisation-' || " + n + ")::uuid";
    }

    private static String contactId(String c) {
        return "md5('contact-' || " + c + ")::uuid";
    }

    private static String eventId(String e) {
        return "md5('event-' || " + e + ")::uuid";
    }

    private static String type(String n) {
        return "(array['DORPSRAAD','DORPSRAAD','DORPSRAAD','DORPSHUIS','DORPSHUIS','ZORGCOLLECTIEF','WIJKPLATFORM',"
                + "'OTHER'])[" + n + " % 8 + 1]";
    }

    private static String organisationName(String n) {
        return "(array['Dorpsraad','Dorpsraad','Dorpsraad','Dorpshuis','Dorpshuis','Zorgcollectief','Wijkplatform',"
                + "'Vereniging'])[" + n + " % 8 + 1] || ' ' || lpad((" + n + ")::text, 6, '0')";
    }

    private static String municipality(String n) {
        return "'Synthetische gemeente ' || lpad((" + n + " / 12 % 40 + 1)::text, 2, '0')";
    }

    private Timing timed(String table, String sql) throws SQLException {
        long start = System.nanoTime();
        long rows;
        try (Statement statement = superuser.createStatement()) {
            statement.execute(sql);
            rows = Math.max(0, statement.getUpdateCount());
        }
        return new Timing(table, rows, System.nanoTime() - start);
    }
}
