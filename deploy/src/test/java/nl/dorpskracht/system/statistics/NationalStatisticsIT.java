package nl.dorpskracht.system.statistics;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.ProjectRows;
import nl.dorpskracht.system.support.DirectTotals;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.Registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The national office's figures equal what is stored — after inserts, updates, archives and erasures, through the API
 * and behind its back — hide small counts of people together with what would give them away, and carry nobody's name,
 * e-mail address or phone number.
 */
public class NationalStatisticsIT {

    public static final String PATH = "/api/v1/national/statistics";
    private static final Api NATIONAL = Api.as("national@lvkk.demo");
    private static final String WIDE_FROM = "2016-01-01";
    private static final String WIDE_TO = "2035-12-31";

    @Test
    public void theFiguresEqualTheStoredData() {
        JsonObject standard = NATIONAL.get(PATH).json();
        assertEquals("lvkk", standard.getString("federation"));
        // the federation's associations: the four seeded ones and any the platform console added during the suite
        List<String> federation = Database.rows("select code from tenant where code = 'lvkk' or parent_code = 'lvkk'")
                .stream().sorted().toList();
        assertTrue(federation.containsAll(List.of("lvkk", "ovkk", "vkkl", "zhvkk")), federation.toString());
        assertEquals(federation, standard.getJsonArray("tenants").stream()
                .map(t -> t.asJsonObject().getString("tenant")).sorted().toList());
        assertEqualsTheData(standard.getString("from"), standard.getString("to"));
        assertEqualsTheData(WIDE_FROM, WIDE_TO);
    }

    @Test
    public void theFiguresFollowInsertsUpdatesArchivesAndErasures() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Api vkkl = Api.as("admin@vkkl.demo");
        JsonObject moved = Members.create("admin@vkkl.demo", "vkkl", "Statistiek verhuisd");
        JsonObject leaving = Members.create("admin@vkkl.demo", "vkkl", "Statistiek opgezegd");
        JsonObject before = report(WIDE_FROM, WIDE_TO);

        Api.Reply changed = vkkl.putJson("/api/v1/vkkl/members/" + moved.getString("id"),
                "{\"name\":\"" + moved.getString("name")
                        + "\",\"type\":\"ZORGCOLLECTIEF\",\"municipality\":\"Venray\",\"region\":"
                        + "\"Noord-Limburg\",\"joinedOn\":\"2019-05-01\",\"version\":" + moved.getInt("version") + "}");
        assertEquals(200, changed.status(), changed.body());
        Api.Reply archived = vkkl.putJson("/api/v1/vkkl/members/" + leaving.getString("id") + "/status",
                "{\"status\":\"ARCHIVED\",\"reason\":\"Opgeheven\"}");
        assertEquals(200, archived.status(), archived.body());

        String contacts = "/api/v1/vkkl/members/" + moved.getString("id") + "/contacts";
        String person = vkkl.postJson(contacts, "{\"name\":\"Stef Statistiek " + run + "\"}").json().getString("id");

        JsonObject event = Registrations.sharedWithAll("vkkl", "Statistiek-webinar " + run, null);
        List<String> guests = Registrations.contacts("zhvkk", 2, true, "Gast " + run);
        Registrations.registered("zhvkk", event.getString("id"), guests.get(0));
        JsonObject cancelled = Registrations.registered("zhvkk", event.getString("id"), guests.get(1));
        assertEquals(200,
                Api.as("admin@zhvkk.demo").delete("/api/v1/zhvkk/registrations/" + cancelled.getString("id")).status());

        String campaign = Campaigns.open("lvkk", "Statistiekcampagne " + run, true, List.of());
        String ovkkMember = Campaigns.member("ovkk", "Dorpsraad Teller " + run, "Raalte", "ACTIVE");
        String zhvkkMember = Campaigns.member("zhvkk", "Dorpsraad Noemer " + run, "Molenlanden", "ACTIVE");
        assertEquals(201, Campaigns.signFor("ovkk", campaign, ovkkMember).status());
        assertEquals(201, Campaigns.signFor("zhvkk", campaign, zhvkkMember).status());
        assertEquals(204, Api.as("admin@zhvkk.demo")
                .delete(Campaigns.path("zhvkk", campaign) + "/endorsements/" + zhvkkMember).status());

        JsonObject plan = Contributions.plan("ovkk", "Statistiekplan " + run, "FLAT", 4250);
        JsonObject payer = Contributions.member("ovkk", "Dorpshuis Betaler", "Raalte", null);
        Contributions.assign("ovkk", payer, plan, null);
        Contributions.run("ovkk", 2017);
        JsonObject invoice = Contributions.invoiceOf("ovkk", 2017, payer.getString("name"));
        assertEquals(200,
                Api.as("admin@ovkk.demo")
                        .postJson(Contributions.base("ovkk") + "/invoices/" + invoice.getString("id") + "/payments",
                                "{\"amountCents\":1250}")
                        .status());
        assertEqualsTheData(WIDE_FROM, WIDE_TO);

        // erasure: the person goes, every count stays
        JsonObject beforeErasure = report(WIDE_FROM, WIDE_TO);
        assertEquals(204, vkkl.delete(contacts + "/" + person).status());
        assertEquals(204,
                Api.as("admin@zhvkk.demo")
                        .delete("/api/v1/zhvkk/members/" + Database
                                .single("select organisation_id from contact_person where id = ?::uuid", guests.get(0))
                                + "/contacts/" + guests.get(0))
                        .status());
        assertEquals(figures(beforeErasure), figures(report(WIDE_FROM, WIDE_TO)));
        assertEqualsTheData(WIDE_FROM, WIDE_TO);

        // behind the API's back, set-based: the triggers see every statement
        String direct = Campaigns.member("vkkl", "Dorpsraad Rechtstreeks " + run, "Venlo", "PROSPECT");
        Database.execute("update member_organisation set status = 'ACTIVE', type = 'WIJKPLATFORM' where id = ?::uuid",
                direct);
        Database.execute("update registration set registered_at = registered_at - interval '2 years'"
                + " where host_tenant = 'vkkl' and event_id = ?::uuid", event.getString("id"));
        Database.execute(
                "update invoice set status = 'CANCELLED', cancelled_at = now(), paid_cents = 0" + " where id = ?::uuid",
                invoice.getString("id"));
        assertEqualsTheData(WIDE_FROM, WIDE_TO);
        Database.execute("delete from member_organisation where id = ?::uuid", direct);
        assertEqualsTheData(WIDE_FROM, WIDE_TO);

        JsonObject after = report(WIDE_FROM, WIDE_TO);
        assertNotEquals(figures(before), figures(after), "the changes show");
        foldAll();
        assertEquals(figures(after), figures(report(WIDE_FROM, WIDE_TO)), "folding changes no figure");
        assertEqualsTheData(WIDE_FROM, WIDE_TO);
    }

    @Test
    public void smallCountsOfPeopleAreHiddenTogetherWithWhatWouldGiveThemAway() {
        String from = "2019-04-01";
        String to = "2019-06-30";
        assertEquals("0", Database.single("select count(*) from registration where registered_at >= '2019-04-01'"
                + " and registered_at < '2019-07-01'"), "this quarter is this test's alone");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String event = Registrations.sharedWithAll("vkkl", "Kleine aantallen " + run, null).getString("id");
        for (String contact : Registrations.contacts("ovkk", 2, true, "Oost " + run)) {
            Registrations.registered("ovkk", event, contact);
        }
        for (String contact : Registrations.contacts("zhvkk", 6, true, "Zuid " + run)) {
            Registrations.registered("zhvkk", event, contact);
        }
        Database.execute("update registration set registered_at = timestamptz '2019-05-15 12:00+02'"
                + " where host_tenant = 'vkkl' and event_id = ?::uuid", event);

        JsonObject report = report(from, to);
        Map<String, String> reach = new HashMap<>();
        report.getJsonArray("registrations")
                .forEach(row -> reach.put(
                        row.asJsonObject().getString("host") + "→" + row.asJsonObject().getString("home"),
                        DirectTotals.text(row.asJsonObject().get("registrations"))));
        assertEquals(Map.of("vkkl→ovkk", "<5", "vkkl→zhvkk", "<5"), reach,
                "2 is hidden; 6 too, or the host's total 8 would give the 2 away");
        Map<String, JsonObject> tenants = new HashMap<>();
        report.getJsonArray("tenants")
                .forEach(t -> tenants.put(t.asJsonObject().getString("tenant"), t.asJsonObject()));
        assertEquals("8", DirectTotals.text(tenants.get("vkkl").get("registrationsHosted")));
        assertEquals("<5", DirectTotals.text(tenants.get("ovkk").get("registrationsFromHere")));
        assertEquals("<5", DirectTotals.text(tenants.get("zhvkk").get("registrationsFromHere")),
                "6 hidden, or the total 8 minus 6 gives Overijssel's 2");
        assertEquals("8", DirectTotals.text(report.getJsonObject("total").get("registrationsHosted")));
        assertNoLineWithOneHiddenEntry(report);
        assertEqualsTheData(from, to);
    }

    @Test
    public void theProjectenbankAndVraagEnAanbodFiguresFollowTheTablesAndHideSmallCountsOfVolunteers() {
        String from = "2018-04-01";
        String to = "2018-09-30";
        assertEquals("0",
                Database.single("select (select count(*) from help_request where created_at >= '2018-01-01'"
                        + " and created_at < '2019-01-01') + (select count(*) from volunteer_match where proposed_at"
                        + " >= '2018-01-01' and proposed_at < '2019-01-01')"),
                "this year is this test's alone");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String member = Campaigns.member("zhvkk", "Dorpsraad Hulpvraag " + run, "Molenlanden", "ACTIVE");
        Database.execute("insert into help_request (tenant_id, id, member_id, organisation_name, title, skills,"
                + " created_by, created_at) select 'zhvkk', gen_random_uuid(), ?::uuid, 'Dorpsraad', 'Statistiekvraag "
                + run + " ' || n, array['juridisch'], 'test', timestamptz '2018-05-10 10:00+02'"
                + " from generate_series(1, 8) n", member);
        Database.execute(
                "insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id, volunteer_pseudonym,"
                        + " proposed_by, proposed_role, token_hash, expires_at, proposed_at) select tenant_id,"
                        + " gen_random_uuid(), id, 'vkkl', gen_random_uuid(), 'Vrijwilliger T', 'test', 'TENANT_ADMIN',"
                        + " encode(sha256(gen_random_uuid()::text::bytea), 'hex'), created_at + interval '14 days',"
                        + " created_at + interval '1 day' from help_request where title like 'Statistiekvraag " + run
                        + " %'" + " and title < 'Statistiekvraag " + run + " 8'");
        Database.execute(
                "update volunteer_match set status = 'ACCEPTED', answered_at = timestamptz '2018-08-01 09:00+02'"
                        + " where request_id in (select id from help_request where title in ('Statistiekvraag " + run
                        + " 1'," + " 'Statistiekvraag " + run + " 2'))");
        Database.execute("update help_request set status = 'MATCHED' where title in ('Statistiekvraag " + run + " 1',"
                + " 'Statistiekvraag " + run + " 2')");
        Database.execute("delete from help_request where title = 'Statistiekvraag " + run + " 3'");
        ProjectRows.insert("ovkk", "Statistiekinitiatief " + run, 4, "energie");
        Database.execute("update initiative set status = 'PUBLISHED' where title like 'Statistiekinitiatief " + run
                + " %' and title < 'Statistiekinitiatief " + run + " 4'");
        assertEqualsTheData(from, to);

        JsonObject report = report(from, to);
        Map<String, String> matches = new HashMap<>();
        DirectTotals.matches(report).forEach(line -> matches.put(line.substring(0, line.lastIndexOf('|')),
                line.substring(line.lastIndexOf('|') + 1)));
        assertEquals("6", matches.get("zhvkk|2018-Q2|PROPOSED"), "seven proposed, one went with its request");
        assertEquals("<5", matches.get("zhvkk|2018-Q3|ACCEPTED"), "two volunteers said yes: too few to show");
        JsonObject q3 = report.getJsonObject("matches").getJsonArray("byQuarter").getJsonObject(1);
        assertEquals("2018-Q3", q3.getString("quarter"));
        assertEquals("<5", DirectTotals.text(q3.get("accepted")), "nor in the quarter's total");

        foldAll();
        assertEquals(figures(report), figures(report(from, to)), "folding changes no figure");
        assertEqualsTheData(from, to);
    }

    @Test
    public void noNameEmailOrPhoneOfAnyPersonIsInTheFiguresOrTheSheet() {
        List<String> personal = new ArrayList<>();
        personal.addAll(Database.rows("select name from contact_person where erased_at is null union"
                + " select email from contact_person where email is not null union"
                + " select phone from contact_person where phone is not null union"
                + " select display_name from account union select email from account union"
                + " select attendee_name from registration union"
                + " select attendee_email from registration where attendee_email is not null union"
                + " select email from member_organisation where email is not null union"
                + " select phone from member_organisation where phone is not null union"
                + " select name from volunteer_contact union select email from volunteer_contact union"
                + " select phone from volunteer_contact where phone is not null union select pseudonym from volunteer"
                + " union select contact_name from initiative where contact_name is not null union"
                + " select contact_email from initiative where contact_email is not null"));
        assertTrue(personal.size() > 20, "the demo's people are there to look for: " + personal.size());
        List<String> bodies = List.of(NATIONAL.get(PATH).body(),
                NATIONAL.get(PATH + "?from=" + WIDE_FROM + "&to=" + WIDE_TO).body(),
                NATIONAL.get(PATH + "/csv?from=" + WIDE_FROM + "&to=" + WIDE_TO).body());
        for (String body : bodies) {
            String text = body.toLowerCase(Locale.ROOT);
            for (String value : personal) {
                assertFalse(text.contains(value.toLowerCase(Locale.ROOT)), "personal data in the figures: " + value);
            }
            assertFalse(text.contains("@"), "no e-mail address of any kind");
        }
    }

    @Test
    public void theSheetHoldsTheSameNumbersForAnExcelOnADutchDesk() {
        JsonObject report = report(WIDE_FROM, WIDE_TO);
        Api.Reply sheet = NATIONAL.get(PATH + "/csv?from=" + WIDE_FROM + "&to=" + WIDE_TO);
        assertEquals(200, sheet.status());
        assertTrue(sheet.contentType().startsWith("text/csv"), sheet.contentType());
        assertTrue(sheet.headers().get("content-disposition").get(0)
                .contains("landelijke-cijfers-lvkk-2016-01-01-2035-12-31.csv"));
        byte[] bytes = sheet.body().getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xEF, bytes[0], "a BOM, so Excel reads UTF-8");
        List<String> lines = sheet.body().lines().toList();
        assertEquals("\uFEFFonderdeel;code;vereniging;andere vereniging;periode;categorie;meting;waarde", lines.get(0));
        assertTrue(
                lines.contains("samenvatting;;totaal;;2016-01-01 t/m 2035-12-31;;actieve organisaties;"
                        + report.getJsonObject("total").getJsonNumber("activeOrganisations").longValue()),
                lines.toString());
        long invoiced = report.getJsonObject("total").getJsonNumber("invoicedCents").longValue();
        assertTrue(lines.contains("samenvatting;;totaal;;2016-01-01 t/m 2035-12-31;;gefactureerd (EUR);"
                + String.format(Locale.ROOT, "%d,%02d", invoiced / 100, invoiced % 100)), lines.toString());
    }

    @Test
    public void aBadPeriodIsRefusedInDutchWithoutFigures() {
        Api.Reply word = NATIONAL.get(PATH + "?from=gisteren");
        assertEquals(422, word.status(), word.body());
        assertEquals("VALIDATION_FAILED", word.code());
        JsonObject error = word.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("from", error.getString("field"));
        assertTrue(error.getString("message").contains("geen geldige datum"), error.toString());
        Api.Reply backwards = NATIONAL.get(PATH + "?from=2026-01-01&to=2025-12-31");
        assertEquals(422, backwards.status());
        assertEquals("De einddatum ligt voor de begindatum.",
                backwards.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(422, NATIONAL.get(PATH + "?from=1990-01-01&to=2026-12-31").status(), "over twenty years");
        assertEquals(422, NATIONAL.get(PATH + "/csv?from=31-02-2026").status());
        assertFalse(word.body().contains("organisations"));
    }

    public static JsonObject report(String from, String to) {
        Api.Reply reply = NATIONAL.get(PATH + "?from=" + from + "&to=" + to);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static void assertEqualsTheData(String from, String to) {
        JsonObject report = report(from, to);
        Map<String, List<String>> stored = DirectTotals.compute(from, to);
        Map<String, List<String>> shown = DirectTotals.of(report);
        for (String list : stored.keySet()) {
            if (!list.equals("registrations")) {
                assertEquals(stored.get(list), shown.get(list), list + " " + from + ".." + to);
            }
        }
        assertRegistrationsEqual(stored.get("registrations"), shown.get("registrations"));
        assertRegistrationsEqual(DirectTotals.matches(from, to), DirectTotals.matches(report));
        JsonObject total = report.getJsonObject("total");
        assertEquals(sumOfLast(stored.get("organisationsByType")),
                total.getJsonNumber("activeOrganisations").longValue());
        assertEquals(sumOfLast(stored.get("endorsements")), total.getJsonNumber("coSignatures").longValue());
    }

    /**
     * Shown counts of people (registrations, matches) equal the stored ones; every count from 1 to 4 is hidden; nothing
     * hidden that is not there.
     */
    private static void assertRegistrationsEqual(List<String> stored, List<String> shown) {
        Map<String, String> storedCounts = new HashMap<>();
        stored.forEach(line -> storedCounts.put(line.substring(0, line.lastIndexOf('|')),
                line.substring(line.lastIndexOf('|') + 1)));
        Map<String, String> shownCounts = new HashMap<>();
        shown.forEach(line -> shownCounts.put(line.substring(0, line.lastIndexOf('|')),
                line.substring(line.lastIndexOf('|') + 1)));
        assertEquals(storedCounts.keySet(), shownCounts.keySet(), "registrations: the same host × home pairs");
        storedCounts.forEach((pair, count) -> {
            long n = Long.parseLong(count);
            if (n < SMALLEST) {
                assertEquals("<5", shownCounts.get(pair), pair + " has " + n);
            } else if (!shownCounts.get(pair).equals("<5")) {
                assertEquals(count, shownCounts.get(pair), pair);
            }
        });
    }

    public static final int SMALLEST = 5;

    /** Row by row and column by column (totals included), never exactly one hidden entry. */
    private static void assertNoLineWithOneHiddenEntry(JsonObject report) {
        Map<String, List<Boolean>> lines = new HashMap<>();
        for (JsonValue row : report.getJsonArray("registrations")) {
            boolean hidden = row.asJsonObject().getJsonObject("registrations").containsKey("fewerThan");
            lines.computeIfAbsent("host " + row.asJsonObject().getString("host"), k -> new ArrayList<>()).add(hidden);
            lines.computeIfAbsent("home " + row.asJsonObject().getString("home"), k -> new ArrayList<>()).add(hidden);
        }
        for (JsonValue tenant : report.getJsonArray("tenants")) {
            JsonObject t = tenant.asJsonObject();
            boolean hostedHidden = t.getJsonObject("registrationsHosted").containsKey("fewerThan");
            boolean fromHereHidden = t.getJsonObject("registrationsFromHere").containsKey("fewerThan");
            lines.computeIfAbsent("host " + t.getString("tenant"), k -> new ArrayList<>()).add(hostedHidden);
            lines.computeIfAbsent("home " + t.getString("tenant"), k -> new ArrayList<>()).add(fromHereHidden);
            lines.computeIfAbsent("host totals", k -> new ArrayList<>()).add(hostedHidden);
            lines.computeIfAbsent("home totals", k -> new ArrayList<>()).add(fromHereHidden);
        }
        JsonObject total = report.getJsonObject("total");
        lines.get("host totals").add(total.getJsonObject("registrationsHosted").containsKey("fewerThan"));
        lines.get("home totals").add(total.getJsonObject("registrationsFromHere").containsKey("fewerThan"));
        lines.forEach((line, hidden) -> assertNotEquals(1L, hidden.stream().filter(h -> h).count(),
                line + " has exactly one hidden entry: its total gives it away"));
    }

    private static long sumOfLast(List<String> lines) {
        return lines.stream().mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf('|') + 1))).sum();
    }

    /** Every figure of a report, as one comparable text. */
    private static String figures(JsonObject report) {
        return report.toString();
    }

    private static void foldAll() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Database.single("select fold_tallies()");
            if ("0".equals(Database.single("select (select count(*) from member_tally where fresh)"
                    + " + (select count(*) from registration_tally where fresh)"
                    + " + (select count(*) from invoice_tally where fresh)"
                    + " + (select count(*) from endorsement_tally where fresh)"
                    + " + (select count(*) from initiative_tally where fresh)"
                    + " + (select count(*) from help_request_tally where fresh)"
                    + " + (select count(*) from match_tally where fresh)"))) {
                return;
            }
            Contributions.sleep(200);
        }
        throw new AssertionError("the tallies were not folded within 10 s");
    }
}
