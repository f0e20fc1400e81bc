package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.publicsite.PublicContent;
import nl.dorpskracht.system.support.NewTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages take their association from the path only: another association's event never shows under this one's
 * path, its item ids lead nowhere here, and a tenant forged in a header, the query string or a login changes nothing of
 * the answer (the same bytes, the same ETag). Reading public pages writes nothing in either association.
 */
public class PublicSiteCrossTenantIT {

    private static final String ADMIN = "admin@ovkk.demo";
    private static String here;
    private static String there;
    private static String ownEvent;
    private static String othersEvent;
    private static String othersNews;
    private static String othersDocument;

    @BeforeAll
    public static void twoAssociationsEachWithAPublishedEvent() {
        here = NewTenant.create("pubhier");
        there = NewTenant.create("pubdaar");
        ownEvent = event(here, "Eigen avond " + here);
        othersEvent = event(there, "Andermans avond " + there);
        PublicContent.news(here, "Eigen nieuws " + here, "<p>Eigen</p>", "PUBLIC", "PUBLISHED", false);
        othersNews = PublicContent.news(there, "Andermans nieuws " + there, "<p>Ander</p>", "PUBLIC", "PUBLISHED",
                false);
        PublicContent.image(there, othersNews);
        othersDocument = PublicContent.document(there, PublicContent.folder(there, "Map"), "Andermans brochure",
                "ander.txt", "Van de ander", "PUBLIC");
    }

    @Test
    public void anotherAssociationsEventNeverShowsUnderThisPath() {
        for (String path : List.of("/" + here, "/" + here + "/agenda", "/" + here + "/agenda.atom")) {
            String body = get(path, Map.of()).body();
            assertTrue(body.contains(ownEvent), path);
        }
        for (String path : List.of("/" + here, "/" + here + "/agenda", "/" + here + "/agenda.atom",
                "/" + here + "/nieuws", "/" + here + "/nieuws.atom", "/" + here + "/nieuws.rss",
                "/" + here + "/documenten")) {
            String body = get(path, Map.of()).body();
            for (String foreign : List.of(othersEvent, othersNews, othersDocument, "Andermans")) {
                assertFalse(body.contains(foreign), path + " shows another association's " + foreign);
            }
        }
        assertEquals(200, get("/" + there + "/nieuws/" + othersNews, Map.of()).status(), "public under its own path");
        assertEquals(200, get("/" + there + "/documenten/" + othersDocument, Map.of()).status());
    }

    @Test
    public void anotherAssociationsIdsUnderThisPathAreNotFound() {
        for (String path : List.of("/" + here + "/nieuws/" + othersNews, "/" + here + "/documenten/" + othersDocument,
                "/" + here + "/nieuws/" + othersNews + "/afbeelding", "/" + here + "/nieuws/" + othersEvent,
                "/" + here + "/nieuwsbrieven/" + othersNews)) {
            assertEquals(404, get(path, Map.of()).status(), path);
        }
    }

    @Test
    public void aTenantForgedInHeaderQueryOrLoginChangesNothing() {
        List<String> before = Database.snapshot(here, there);
        for (String page : List.of("", "/agenda", "/agenda.atom", "/nieuws", "/nieuws.rss", "/documenten")) {
            String path = "/" + here + page;
            Api.Reply plain = get(path, Map.of());
            assertEquals(200, plain.status(), path);
            for (Api.Reply forged : List.of(get(path + "?tenant=" + there, Map.of()),
                    get(path, Map.of("X-Tenant", there, "X-Tenant-Id", there, "Tenant", there)),
                    Api.as(ADMIN).get(path + "?tenant=" + there))) {
                assertEquals(200, forged.status(), path);
                assertEquals(plain.body(), forged.body(), path + " changed with a forged tenant");
                assertFalse(forged.body().contains(othersEvent), path);
                assertFalse(forged.body().contains(othersNews), path);
            }
        }
        assertEquals(before, Database.snapshot(here, there), "reading public pages wrote nothing");
    }

    private static Api.Reply get(String path, Map<String, String> headers) {
        return Api.anonymous().send("GET", path, null, null, headers);
    }

    private static String event(String tenant, String title) {
        String body = "{\"type\":\"WORKSHOP\",\"title\":\"" + title + "\",\"startsAt\":\"2029-07-01T19:30\","
                + "\"endsAt\":\"2029-07-01T21:00\",\"location\":\"Dorpshuis\",\"status\":\"PUBLISHED\"}";
        Api.Reply reply = Api.as(ADMIN).postJson("/api/v1/" + tenant + "/events", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }
}
