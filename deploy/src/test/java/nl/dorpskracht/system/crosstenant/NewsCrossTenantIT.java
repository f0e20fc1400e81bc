package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.NewsItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * VKKL's news (a draft, a published item, a member's submission) attacked through every news endpoint by every caller
 * who is not VKKL's, through VKKL's path and their own with VKKL's ids. Then LVKK's national item: every province's
 * members and admins read it, its image and attachment through their own path, and nobody but LVKK changes it; LVKK's
 * national draft stays LVKK's. Only a national tenant's item can be national. Afterwards the rows are as they were.
 */
public class NewsCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@zhvkk.demo", "admin@zhvkk.demo",
            "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo", "ambassadeur@zhvkk.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String SECRET = "Geheim nieuws " + RUN;
    private static String draft;
    private static String published;
    private static String submitted;
    private static JsonObject national;
    private static String nationalAttachment;
    private static String nationalDraft;
    private static List<String> before;

    @BeforeAll
    public static void createVictims() {
        draft = NewsItems.draft("vkkl", SECRET + " concept", false).getString("id");
        published = NewsItems.published("vkkl", SECRET + " geplaatst", false).getString("id");
        submitted = NewsItems.submitted("vkkl", SECRET + " ingestuurd").getString("id");
        JsonObject nationalItem = NewsItems.draft("lvkk", "Landelijk nieuws " + RUN, true);
        NewsItems.uploaded("lvkk", nationalItem.getString("id"), "image", NewsItems.PNG, "landelijk.png");
        nationalAttachment = NewsItems
                .uploaded("lvkk", nationalItem.getString("id"), "attachments", NewsItems.PDF, "landelijk.pdf")
                .getString("id");
        national = NewsItems.publish("lvkk",
                Api.as("admin@lvkk.demo").get(NewsItems.path("lvkk", nationalItem.getString("id"))).json());
        nationalDraft = NewsItems.draft("lvkk", "Landelijk concept " + RUN, true).getString("id");
        before = snapshot();
    }

    @AfterAll
    public static void nothingChanged() {
        assertEquals(before, snapshot());
        assertEquals("0", Database.single("select count(*) from news_item where title like 'Aanval%'"));
    }

    static List<String> snapshot() {
        List<String> rows = Database.rows("select tenant_id, id, title, body_html, status, national, version"
                + " from news_item where tenant_id in ('vkkl', 'lvkk') order by id");
        rows.addAll(Database.rows("select tenant_id, news_id, id, kind, file_name, size from news_file"
                + " where tenant_id in ('vkkl', 'lvkk') order by id"));
        return rows;
    }

    @TestFactory
    public Stream<DynamicTest> nobodyElseReadsOrWritesVkklsNews() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            for (String tenant : List.of("vkkl", ownTenant(actor))) {
                String via = actor + " via /" + tenant + ": ";
                for (String item : List.of(draft, published, submitted)) {
                    tests.addAll(attacks(api, via, tenant, item));
                }
                tests.add(dynamicTest(via + "list", () -> {
                    Api.Reply list = api.get(NewsItems.path(tenant) + "?size=100");
                    if (list.status() != 200) {
                        Denials.byGateOrResource(list);
                    }
                    assertFalse(list.body().contains(SECRET), list.body());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> everyProvinceReadsTheNationalItemButNobodyElseChangesIt() {
        List<DynamicTest> tests = new ArrayList<>();
        String id = national.getString("id");
        for (String actor : List.of("member@zhvkk.demo", "admin@zhvkk.demo", "admin@ovkk.demo", "admin@vkkl.demo",
                "member@vkkl.demo", "national@lvkk.demo")) {
            Api api = Api.as(actor);
            String tenant = ownTenant(actor);
            String path = NewsItems.path(tenant, id);
            tests.add(dynamicTest(actor + " reads it, its image and attachment", () -> {
                Api.Reply read = api.get(path);
                assertEquals(200, read.status(), read.body());
                assertEquals("Landelijk nieuws " + RUN, read.json().getString("title"));
                assertEquals("lvkk", read.json().getString("tenantCode"));
                assertFalse(read.json().containsKey("version") && !read.json().isNull("version"),
                        "a reader gets no version to write with: " + read.body());
                assertEquals(200, api.get(path + "/image").status());
                assertEquals(200, api.get(path + "/attachments/" + nationalAttachment).status());
            }));
            tests.addAll(attacks(api, actor + " via /" + tenant + ": ", tenant, id));
            tests.add(dynamicTest(actor + " does not see LVKK's national draft",
                    () -> Denials.notFoundByTheResource(api.get(NewsItems.path(tenant, nationalDraft)))));
        }
        return tests.stream();
    }

    @Test
    public void onlyANationalTenantsItemIsNational() {
        Api.Reply refused = Api.as("admin@zhvkk.demo").postJson(NewsItems.path("zhvkk"),
                NewsItems.body("Aanval landelijk " + RUN, "<p>x</p>", true, "MEMBERS"));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("NATIONAL_NEWS_NOT_ALLOWED", refused.code());
        Api.Reply member = Api.as("member@zhvkk.demo").postJson(NewsItems.path("zhvkk"),
                NewsItems.body("Aanval lid landelijk " + RUN, "<p>x</p>", true, "MEMBERS"));
        assertEquals(403, member.status(), member.body());
        assertEquals("NATIONAL_NEWS_NOT_ALLOWED", member.code());
    }

    @Test
    public void aForgedTenantLandsInTheCallersOwnProvince() {
        Api.Reply created = Api.as("admin@zhvkk.demo").send("POST", NewsItems.path("zhvkk") + "?tenant=vkkl",
                "application/json", "{\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\",\"title\":\"Eigen " + RUN + "\"}",
                Map.of("X-Tenant", "vkkl"));
        assertEquals(201, created.status(), created.body());
        assertEquals("zhvkk",
                Database.single("select tenant_id from news_item where id = ?::uuid", created.json().getString("id")));
    }

    private static List<DynamicTest> attacks(Api api, String via, String tenant, String item) {
        String path = NewsItems.path(tenant, item);
        String version = "{\"version\":1}";
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest(via + "read " + item, () -> {
            Api.Reply read = api.get(path);
            if (read.status() == 200) {
                assertEquals(national.getString("id"), item, "only the national item is readable: " + read.body());
            } else {
                deniedWithoutSecret(read);
            }
        }));
        tests.add(dynamicTest(via + "rewrite " + item,
                () -> deniedWithoutSecret(api.putJson(path, "{\"title\":\"Aanval " + RUN + "\",\"version\":1}"))));
        tests.add(dynamicTest(via + "delete " + item, () -> deniedWithoutSecret(api.delete(path))));
        for (String step : List.of("submit", "publish", "archive")) {
            tests.add(dynamicTest(via + step + " " + item,
                    () -> deniedWithoutSecret(api.postJson(path + "/" + step, version))));
        }
        tests.add(dynamicTest(via + "reject " + item,
                () -> deniedWithoutSecret(api.postJson(path + "/reject", "{\"version\":1,\"reason\":\"Aanval\"}"))));
        tests.add(dynamicTest(via + "replace the image of " + item,
                () -> deniedWithoutSecret(NewsItems.upload(api, tenant, item, "image", NewsItems.PNG, "aanval.png"))));
        tests.add(dynamicTest(via + "add an attachment to " + item, () -> deniedWithoutSecret(
                NewsItems.upload(api, tenant, item, "attachments", NewsItems.PDF, "aanval.pdf"))));
        tests.add(dynamicTest(via + "remove an attachment of " + item,
                () -> deniedWithoutSecret(api.delete(path + "/attachments/" + nationalAttachment))));
        return tests;
    }

    private static String ownTenant(String actor) {
        return actor.equals("anonymous") ? "zhvkk" : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
    }

    private static void deniedWithoutSecret(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains(SECRET), reply.body());
    }
}
