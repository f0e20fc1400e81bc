package nl.dorpskracht.system.publicsite;

import static nl.dorpskracht.system.publicsite.PublicPages.assertNoSession;
import static nl.dorpskracht.system.publicsite.PublicPages.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Newsletters;
import org.junit.jupiter.api.Test;

/**
 * The public newsletter archive of an association: a sent issue marked public is listed and readable by anyone, one
 * sent to members only is neither, nor is an issue of another association under this one's path.
 */
public class PublicNewslettersIT {

    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void onlyIssuesMarkedPublicAreInTheArchiveAndOnlyUnderTheirOwnAssociation() {
        String item = Newsletters.publishedItem("zhvkk", "Archiefbericht " + run, "<p>Voor de nieuwsbrief</p>", false);
        String open = Newsletters.draft("zhvkk", "Openbare nieuwsbrief " + run, List.of(item)).getString("id");
        String closed = Newsletters.draft("zhvkk", "Ledenbrief " + run, List.of(item)).getString("id");
        Newsletters.send("zhvkk", open, true);
        Newsletters.send("zhvkk", closed, false);
        Newsletters.awaitQueued("zhvkk", open, Duration.ofSeconds(60));
        Newsletters.awaitQueued("zhvkk", closed, Duration.ofSeconds(60));

        Api.Reply archive = get("/zhvkk/nieuwsbrieven");
        assertEquals(200, archive.status());
        assertNoSession(archive, "archive");
        assertTrue(archive.body().contains("/zhvkk/nieuwsbrieven/" + open), archive.body());
        assertFalse(archive.body().contains(closed), "a members-only issue is listed");

        Api.Reply issue = get("/zhvkk/nieuwsbrieven/" + open);
        assertEquals(200, issue.status());
        assertTrue(issue.body().contains("Openbare nieuwsbrief " + run));
        assertTrue(issue.body().contains("Archiefbericht " + run), "the issue as it went out");
        assertFalse(issue.body().contains("/afmelden/"), "nobody's unsubscribe link is in the archive");

        assertEquals(404, get("/zhvkk/nieuwsbrieven/" + closed).status());
        assertEquals(404, get("/vkkl/nieuwsbrieven/" + open).status(), "another association's issue");
        assertFalse(get("/vkkl/nieuwsbrieven").body().contains(open));
    }
}
