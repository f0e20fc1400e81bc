package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Newsletters;
import org.junit.jupiter.api.Test;

/**
 * Newsletters across associations: a province features LVKK's national item, the archive keeps what it said when sent,
 * and nothing of one province's newsletter, recipients or unsubscribes reaches another's API or tables.
 */
public class NewslettersCrossTenantIT {

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    public void aNationalItemIsFeaturedAsASnapshotAndOtherProvincesSeeNothingOfTheNewsletter() throws Exception {
        String national = Newsletters.publishedItem("lvkk", "Landelijke oproep " + run, "<p>Doe mee.</p>", true);
        String ownOfLvkk = Newsletters.publishedItem("lvkk", "Alleen LVKK " + run, "<p>Intern.</p>", false);
        List<String> vkklBefore = Database
                .rows("select n::text from newsletter n where tenant_id = 'vkkl'" + " order by id");

        Api.Reply notNational = Api.as("admin@ovkk.demo").postJson(Newsletters.path("ovkk"),
                Newsletters.body("Met intern bericht " + run, "", List.of(ownOfLvkk)));
        assertEquals(422, notNational.status(), "an item LVKK did not make national is not OVKK's to feature");

        String title = "Overijssel featuring " + run;
        String id = Newsletters.draft("ovkk", title, List.of(national)).getString("id");
        Newsletters.send("ovkk", id, true);
        Newsletters.awaitQueued("ovkk", id, java.time.Duration.ofSeconds(60));
        Database.execute(
                "update news_item set title = 'Later veranderd', body_html = '<p>Anders</p>'" + " where id = ?::uuid",
                national);

        String archived = Api.as("admin@ovkk.demo").get(Newsletters.path("ovkk") + "/archive/" + id).json()
                .getString("html");
        assertTrue(archived.contains("Landelijke oproep " + run), "the snapshot, not the item as it is now");
        assertFalse(archived.contains("Later veranderd"), archived);

        for (String caller : List.of("admin@vkkl.demo", "member@vkkl.demo", "admin@zhvkk.demo")) {
            String tenant = caller.substring(caller.indexOf('@') + 1, caller.indexOf(".demo"));
            for (String path : List.of("", "/archive")) {
                Api.Reply list = Api.as(caller).get(Newsletters.path(tenant) + path);
                assertFalse(list.body().contains(title), caller + " " + path + ": " + list.body());
            }
            for (String path : List.of("/" + id, "/archive/" + id, "/" + id + "/progress", "/" + id + "/preview")) {
                Api.Reply one = Api.as(caller).get(Newsletters.path(tenant) + path);
                assertTrue(one.status() == 404 || one.status() == 403, caller + " " + path + ": " + one.status());
                assertFalse(one.body().contains(title), one.body());
            }
        }
        assertEquals(vkklBefore,
                Database.rows("select n::text from newsletter n where tenant_id = 'vkkl'" + " order by id"),
                "another province's newsletters unchanged");
        assertEquals("0",
                Database.single("select count(*) from newsletter_recipient r join contact_person c"
                        + " on c.tenant_id = r.tenant_id and c.id = r.contact_person_id where r.newsletter_id = ?::uuid"
                        + " and c.tenant_id <> 'ovkk'", id),
                "recipients of OVKK's newsletter are OVKK's own");
        assertEquals("0", Database
                .single("select count(*) from mail_outbox where about = ?::uuid" + " and tenant_id <> 'ovkk'", id));
    }
}
