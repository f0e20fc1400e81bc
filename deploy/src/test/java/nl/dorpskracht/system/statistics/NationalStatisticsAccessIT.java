package nl.dorpskracht.system.statistics;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only the national office (or a platform administrator of the national tenant) reads the national figures. Every
 * tenant's administrators, ambassadors and member contacts — LVKK's own administrator too — are refused with no figure,
 * however they name the federation: query string, header, or the national office's federation parameter.
 */
public class NationalStatisticsAccessIT {

    private static final Set<Integer> DENIED = Set.of(401, 403, 404);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, Api> CALLERS = new LinkedHashMap<>();

    @BeforeAll
    public static void callers() {
        CALLERS.put("anonymous", Api.anonymous());
        for (String user : List.of("admin@lvkk.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo",
                "member@vkkl.demo", "member@zhvkk.demo", "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo")) {
            CALLERS.put(user, Api.as(user));
        }
        String ovkkMember = Campaigns.member("ovkk", "Dorpsraad Toegang " + RUN, "Raalte", "ACTIVE");
        CALLERS.put("contact of ovkk", Prizes.contactWithLogin("ovkk", ovkkMember, "Olga Overijssel"));
        CALLERS.put("platform admin of vkkl",
                Api.as(account("PLATFORM_ADMIN", "vkkl"), RunningDorpskracht.DEMO_PASSWORD));
        CALLERS.put("national office of vkkl",
                Api.as(account("NATIONAL_OFFICE", "vkkl"), RunningDorpskracht.DEMO_PASSWORD));
    }

    @Test
    public void everyoneButTheNationalOfficeIsRefusedWithoutAFigure() {
        List<String> requests = List.of("", "?federation=lvkk", "?tenant=lvkk", "?from=2016-01-01&to=2035-12-31");
        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<String, Api> caller : CALLERS.entrySet()) {
            for (String path : List.of(NationalStatisticsIT.PATH, NationalStatisticsIT.PATH + "/csv")) {
                for (String query : requests) {
                    asked += check(caller.getKey(), caller.getValue().get(path + query), path + query, failures);
                    asked += check(caller.getKey(),
                            caller.getValue().send("GET", path + query, null, null, Map.of("X-Tenant", "lvkk")),
                            path + query + " X-Tenant: lvkk", failures);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(CALLERS.size() * 2 * 4 * 2, asked);
        assertEquals(401, CALLERS.get("anonymous").get(NationalStatisticsIT.PATH).status());
        assertEquals("FORBIDDEN", CALLERS.get("admin@lvkk.demo").get(NationalStatisticsIT.PATH).code(),
                "LVKK's own administrator is not its national office");
    }

    @Test
    public void theNationalOfficeReadsItsOwnFederationOnlyWhateverItNames() {
        Api national = Api.as("national@lvkk.demo");
        for (String other : List.of("vkkl", "zhvkk", "onbekend", "lvkk'--")) {
            Api.Reply reply = national.get(NationalStatisticsIT.PATH + "?federation=" + other.replace("'", "%27"));
            assertEquals(404, reply.status(), other + ": " + reply.body());
            assertFalse(reply.body().contains("organisations"));
        }
        Api.Reply forged = national.send("GET", NationalStatisticsIT.PATH + "?tenant=vkkl", null, null,
                Map.of("X-Tenant", "vkkl"));
        assertEquals(200, forged.status());
        assertEquals("lvkk", forged.json().getString("federation"), "a forged tenant changes nothing");
        assertEquals(404, national.get("/api/v1/vkkl/members").status(), "no grant in a province");
    }

    @Test
    public void aPlatformAdministratorOfTheNationalTenantReadsItsFigures() {
        Api platform = Api.as(account("PLATFORM_ADMIN", "lvkk"), RunningDorpskracht.DEMO_PASSWORD);
        Api.Reply reply = platform.get(NationalStatisticsIT.PATH);
        assertEquals(200, reply.status(), reply.body());
        assertEquals(Api.as("national@lvkk.demo").get(NationalStatisticsIT.PATH).body(), reply.body());
    }

    private static int check(String who, Api.Reply reply, String request, List<String> failures) {
        boolean refused = DENIED.contains(reply.status()) && reply.isProblem()
                && !reply.body().contains("organisations") && !reply.body().contains("registrations")
                && !reply.body().contains("onderdeel") && !reply.body().contains("initiatives")
                && !reply.body().contains("helpRequests") && !reply.body().contains("matches")
                && !reply.body().contains("projectenbank") && !reply.body().contains("koppelingen");
        if (!refused) {
            failures.add(who + " " + request + " → " + reply.status() + " " + reply.body());
        }
        return 1;
    }

    /** A login with one grant, its password the demo password (copied from a demo account: arranging, not tested). */
    private static String account(String role, String tenant) {
        String email = role.toLowerCase(java.util.Locale.ROOT) + "." + tenant + "." + RUN + "@example.nl";
        String id = UUID.randomUUID().toString();
        Database.execute(
                "insert into account (id, email, display_name, password_hash) select ?::uuid, ?, 'Toegang test',"
                        + " password_hash from account where email = 'admin@lvkk.demo'",
                id, email);
        Database.execute("insert into account_grant (tenant_id, account_id, role) values (?, ?::uuid, ?)", tenant, id,
                role);
        return email;
    }
}
