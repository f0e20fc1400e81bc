package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The yearly contribution run on the built jar: one invoice per payer, amounts by plan (flat, tiered by inhabitants,
 * per village for the municipality), only active members, and idempotent whether run twice in a row or twice at once.
 */
public class ContributionRunIT {

    private static final String TENANT = "vkkl";
    // a municipality of the register (CBS) that no other suite uses, so its invoice holds this run's villages only
    private static final String MUNICIPALITY = "Mook en Middelaar";
    private static JsonObject small;
    private static JsonObject middle;
    private static JsonObject large;
    private static JsonObject unknownSize;
    private static JsonObject villageOne;
    private static JsonObject villageTwo;
    private static JsonObject suspended;
    private static JsonObject archived;

    @BeforeAll
    public static void arrange() {
        JsonObject tiered = Contributions.plan(TENANT, "Staffel run " + Contributions.unique(), "TIERED", 5000,
                new long[] { 1000, 7500 }, new long[] { 5000, 12500 });
        JsonObject byMunicipality = Contributions.plan(TENANT, "Gemeente run " + Contributions.unique(), "MUNICIPALITY",
                3000);
        small = Contributions.member(TENANT, "Dorpsraad Klein", "Venlo", 400);
        middle = Contributions.member(TENANT, "Dorpsraad Middel", "Venlo", 1200);
        large = Contributions.member(TENANT, "Dorpsraad Groot", "Venlo", 8000);
        unknownSize = Contributions.member(TENANT, "Dorpsraad Onbekend", "Venlo", null);
        villageOne = Contributions.member(TENANT, "Dorpsraad Eerste Kern", MUNICIPALITY, 300);
        villageTwo = Contributions.member(TENANT, "Dorpsraad Tweede Kern", MUNICIPALITY, 9000);
        suspended = Contributions.member(TENANT, "Dorpsraad Geschorst", "Venlo", 400);
        archived = Contributions.member(TENANT, "Dorpsraad Opgeheven", "Venlo", 400);
        for (JsonObject member : List.of(small, middle, large, unknownSize, suspended, archived)) {
            Contributions.assign(TENANT, member, tiered, null);
        }
        Contributions.assign(TENANT, villageOne, byMunicipality, null);
        Contributions.assign(TENANT, villageTwo, byMunicipality, "MUNICIPALITY");
        Api.Reply status = Api.as(Contributions.admin(TENANT)).putJson(
                "/api/v1/" + TENANT + "/members/" + suspended.getString("id") + "/status",
                "{\"status\":\"SUSPENDED\",\"reason\":\"test\"}");
        assertEquals(200, status.status(), status.body());
        assertEquals(200, Api.as(Contributions.admin(TENANT))
                .delete("/api/v1/" + TENANT + "/members/" + archived.getString("id")).status());
    }

    @Test
    public void aRunBillsEachPayerOnceAndRunningItAgainBillsNothingTwice() {
        int year = Contributions.THIS_YEAR - 2;
        JsonObject first = Contributions.run(TENANT, year);
        assertEquals(100, first.getInt("percent"));
        assertEquals(first.getInt("payersTotal"), first.getInt("payersDone"), first.toString());
        assertTrue(first.getInt("invoicesCreated") >= 5, first.toString());
        assertEquals(first.getInt("invoicesCreated"), first.getInt("payersTotal"), "nothing billed before");
        Map<String, String> before = snapshot(year);
        assertEquals(first.getInt("invoicesCreated"), before.size());

        assertEquals(5000, amountOf(year, small));
        assertEquals(7500, amountOf(year, middle));
        assertEquals(12500, amountOf(year, large));
        assertEquals(5000, amountOf(year, unknownSize), "unknown size pays the base amount");
        String municipalityInvoice = Database.single(
                "select id from invoice where tenant_id = ? and year = ?" + " and payer_key = ?", TENANT, year,
                "G:" + MUNICIPALITY.toLowerCase());
        JsonObject detail = Api.as(Contributions.admin(TENANT))
                .get(Contributions.base(TENANT) + "/invoices/" + municipalityInvoice).json();
        assertEquals("Gemeente " + MUNICIPALITY, detail.getJsonObject("invoice").getString("payerName"));
        assertEquals("MUNICIPALITY", detail.getJsonObject("invoice").getString("payerKind"));
        assertEquals(6000, detail.getJsonObject("invoice").getInt("amountCents"), "two villages at 30 euro");
        assertEquals(Set.of(villageOne.getString("id"), villageTwo.getString("id")), detail.getJsonArray("lines")
                .stream().map(l -> l.asJsonObject().getString("memberId")).collect(Collectors.toSet()));
        assertEquals("0",
                Database.single(
                        "select count(*) from invoice_line where year = ? and member_id in (?::uuid," + " ?::uuid)",
                        year, suspended.getString("id"), archived.getString("id")),
                "only active members pay");
        assertEquals(List.of(), Database.rows("select payer_key from invoice where tenant_id = ? and year = ?"
                + " group by payer_key having count(*) > 1", TENANT, year));
        assertEquals(expectedPayers(), String.valueOf(before.size()), "one invoice per payer");
        consecutiveNumbers(year, before.size());

        JsonObject second = Contributions.run(TENANT, year);
        assertEquals(0, second.getInt("invoicesCreated"), second.toString());
        assertEquals(second.getInt("payersTotal"), second.getInt("payersSkipped"), second.toString());
        assertEquals(before, snapshot(year), "the same invoices: numbers, payers, amounts, lines");
        assertEquals("2", Database.single("select count(*) from audit_entry where tenant_id = ? and entity_id = ?",
                TENANT, first.getString("id")), "start and finish are audited");
    }

    @Test
    public void twoRunsOfOneYearStartedAtOnceStillBillEachPayerOnce() throws Exception {
        int year = Contributions.THIS_YEAR - 3;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            replies.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return Contributions.start(TENANT, year);
            }));
        }
        List<String> accepted = new ArrayList<>();
        for (Future<Api.Reply> future : replies) {
            Api.Reply reply = future.get();
            if (reply.status() == 202) {
                accepted.add(reply.json().getString("id"));
            } else {
                assertEquals(409, reply.status(), reply.body());
                assertEquals("RUN_IN_PROGRESS", reply.code());
            }
        }
        pool.shutdown();
        assertFalse(accepted.isEmpty());
        accepted.forEach(id -> Contributions.await(TENANT, id));
        // and a third one while nothing runs any more: it finds every payer billed
        assertEquals(0, Contributions.run(TENANT, year).getInt("invoicesCreated"));

        Map<String, String> invoices = snapshot(year);
        assertEquals(expectedPayers(), String.valueOf(invoices.size()), "one invoice per payer");
        assertEquals(List.of(), Database.rows("select member_id from invoice_line where tenant_id = ? and year = ?"
                + " group by member_id having count(*) > 1", TENANT, year));
        consecutiveNumbers(year, invoices.size());
    }

    /** Payers computed from the members and their plans, independently of the run's code. */
    private static String expectedPayers() {
        return Database.single("select count(distinct case when c.payer = 'MUNICIPALITY'"
                + " then 'G:' || lower(m.municipality) else 'M:' || m.id::text end)"
                + " from member_contribution c join member_organisation m on m.tenant_id = c.tenant_id"
                + " and m.id = c.member_id join contribution_plan p on p.tenant_id = c.tenant_id and p.id = c.plan_id"
                + " where c.tenant_id = ? and m.status = 'ACTIVE' and p.active", TENANT);
    }

    private static long amountOf(int year, JsonObject member) {
        return Long.parseLong(Database.single(
                "select amount_cents from invoice where tenant_id = ? and year = ?" + " and member_id = ?::uuid",
                TENANT, year, member.getString("id")));
    }

    private static void consecutiveNumbers(int year, int count) {
        List<String> numbers = Database
                .rows("select number from invoice where tenant_id = ? and year = ?" + " order by number", TENANT, year);
        assertEquals(IntStream.rangeClosed(1, count).mapToObj(n -> String.format("%d-%06d", year, n)).toList(),
                numbers);
    }

    /** Per payer: number, amount, status and the lines (member and amount). */
    private static Map<String, String> snapshot(int year) {
        Map<String, String> invoices = new TreeMap<>();
        for (String row : Database.rows("select i.payer_key, i.number || ' ' || i.amount_cents || ' ' || i.status"
                + " || ' ' || (select string_agg(l.member_id || '=' || l.amount_cents, ',' order by l.line_no)"
                + " from invoice_line l where l.tenant_id = i.tenant_id and l.invoice_id = i.id)"
                + " from invoice i where i.tenant_id = ? and i.year = ?", TENANT, year)) {
            String[] parts = row.split("\\|", 2);
            assertEquals(null, invoices.put(parts[0], parts[1]), "two invoices for " + parts[0]);
        }
        return invoices;
    }
}
