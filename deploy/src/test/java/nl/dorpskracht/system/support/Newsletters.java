package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Newsletters arranged through the API as the tenant's admin. */
public final class Newsletters {

    private Newsletters() {
    }

    public static String path(String tenant) {
        return "/api/v1/" + tenant + "/newsletters";
    }

    public static String body(String title, String intro, List<String> items) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        items.forEach(ids::add);
        return Json.createObjectBuilder().add("title", title).add("intro", intro).add("items", ids).build().toString();
    }

    /** A draft written by the tenant's admin; returns its JSON. */
    public static JsonObject draft(String tenant, String title, List<String> items) {
        Api.Reply created = Api.as("admin@" + tenant + ".demo").postJson(path(tenant),
                body(title, "Beste leden,\n\nHier is het nieuws.", items));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /** Sends a draft (answer 202) and returns the progress it answered. */
    public static JsonObject send(String tenant, String id, boolean publicIssue) {
        Api admin = Api.as("admin@" + tenant + ".demo");
        long version = admin.get(path(tenant) + "/" + id).json().getJsonNumber("version").longValue();
        Api.Reply sent = admin.postJson(path(tenant) + "/" + id + "/send",
                "{\"version\":" + version + ",\"publicIssue\":" + publicIssue + "}");
        assertEquals(202, sent.status(), sent.body());
        return sent.json();
    }

    /** Waits until every recipient was handed to the outbox (status SENT). */
    public static JsonObject awaitQueued(String tenant, String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Api admin = Api.as("admin@" + tenant + ".demo");
        while (true) {
            JsonObject newsletter = admin.get(path(tenant) + "/" + id).json();
            if ("SENT".equals(newsletter.getString("status"))) {
                return newsletter;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Newsletter not queued within " + timeout + ": " + newsletter);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A published news item, written as the news component stores it (arranging, not the subject). */
    public static String publishedItem(String tenant, String title, String bodyHtml, boolean national) {
        String id = UUID.randomUUID().toString();
        Database.execute(
                "insert into news_item (tenant_id, id, status, title, summary, body_html, national,"
                        + " published_at) values (?, ?::uuid, 'PUBLISHED', ?, ?, ?, ?, now())",
                tenant, id, title, "Samenvatting " + title, bodyHtml, national);
        return id;
    }

    public static String organisation(String tenant) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality) values"
                + " (?, ?::uuid, ?, 'DORPSRAAD', 'Molenlanden')", tenant, id, "Nieuwsbriefdorp " + id);
        return id;
    }

    public static String contact(String tenant, String organisation, String email, boolean consent, boolean erased) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into contact_person (tenant_id, id, organisation_id, name, email,"
                + " newsletter_consent_on, erased_at) values (?, ?::uuid, ?::uuid, ?, ?, case when ? then current_date"
                + " end, case when ? then now() end)", tenant, id, organisation, "Lezer " + id.substring(0, 8), email,
                consent, erased);
        return id;
    }
}
