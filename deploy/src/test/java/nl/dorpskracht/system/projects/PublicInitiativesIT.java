package nl.dorpskracht.system.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Initiatives;
import org.junit.jupiter.api.Test;

/**
 * The public Projectenbank at /{tenant}/projecten: a published PUBLIC initiative for anyone, under its own association
 * only; one shared with associations only, a draft, and another association's are the public site's 404.
 */
public class PublicInitiativesIT {

    @Test
    public void onlyPublishedPublicInitiativesOfTheAssociationInThePathAreShown() {
        String run = Long.toString(System.nanoTime(), 36);
        String publicId = Initiatives.published("zhvkk", "Openbaar project " + run, "PUBLIC").getString("id");
        String allId = Initiatives.published("zhvkk", "Verenigingsproject " + run, "ALL").getString("id");
        String draftId = Initiatives.draft("zhvkk", "Conceptproject " + run, "PUBLIC").getString("id");

        Api.Reply list = get("/zhvkk/projecten");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Openbaar project " + run), list.body());
        assertFalse(list.body().contains("Verenigingsproject " + run));
        assertFalse(list.body().contains("Conceptproject " + run));

        Api.Reply one = get("/zhvkk/projecten/" + publicId);
        assertEquals(200, one.status());
        assertTrue(one.body().contains("Doel van Openbaar project " + run));
        assertEquals(404, get("/zhvkk/projecten/" + allId).status(), "for associations only");
        assertEquals(404, get("/zhvkk/projecten/" + draftId).status(), "a draft");
        assertEquals(404, get("/vkkl/projecten/" + publicId).status(), "another association's path");
        assertFalse(get("/vkkl/projecten").body().contains("Openbaar project " + run));
    }

    private static Api.Reply get(String path) {
        return Api.anonymous().send("GET", path, null, null, Map.of());
    }
}
