package nl.dorpskracht.system.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import org.xml.sax.InputSource;

/** Anonymous requests to the public pages of an association, and what the tests read from the answers. */
final class PublicPages {

    static final String XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    private PublicPages() {
    }

    static Api.Reply get(String path) {
        return Api.anonymous().get(path);
    }

    static Api.Reply get(String path, Map<String, String> headers) {
        return Api.anonymous().send("GET", path, null, null, headers);
    }

    static Optional<String> header(Api.Reply reply, String name) {
        return reply.headers().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream()).findFirst();
    }

    static void assertNoSession(Api.Reply reply, String path) {
        assertTrue(header(reply, "Set-Cookie").isEmpty(), path + " set a cookie: " + header(reply, "Set-Cookie"));
        assertTrue(!reply.body().contains("jsessionid"), path + " carries a session id in a link");
    }

    /** The answer parsed as a feed by ROME's parser (Atom or RSS, found from the document). */
    static SyndFeed feed(Api.Reply reply) {
        try {
            return new SyndFeedInput().build(new InputSource(new StringReader(reply.body())));
        } catch (Exception e) {
            throw new AssertionError("not a feed: " + reply.body(), e);
        }
    }

    /** A published event of the association, created by its administrator through the API. */
    static String event(String tenant, String admin, String title, String status, String onlineLink) {
        String body = "{\"type\":\"THEME_MEETING\",\"title\":" + json(title) + ",\"startsAt\":\"2029-06-04T19:30\","
                + "\"endsAt\":\"2029-06-04T21:00\",\"onlineLink\":" + json(onlineLink) + ",\"location\":"
                + json("Dorpshuis " + title) + ",\"description\":" + json("Over " + title) + ",\"capacity\":25,"
                + "\"status\":\"" + status + "\"}";
        Api.Reply reply = Api.as(admin).postJson("/api/v1/" + tenant + "/events", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    static String json(String text) {
        return text == null ? "null" : jakarta.json.Json.createValue(text).toString();
    }

    /** Suspends the association and waits until the public pages no longer show it. */
    static void suspend(String tenant) {
        Database.execute("update tenant set suspended_at = now(), suspension_reason = 'test' where code = ?", tenant);
        awaitStatus("/" + tenant, 404);
    }

    static void awaitStatus(String path, int status) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (get(path).status() != status) {
            if (System.nanoTime() > until) {
                throw new AssertionError(path + " never answered " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    static final List<String> PAGES = List.of("", "/", "/nieuws", "/agenda", "/documenten", "/nieuwsbrieven");
    static final List<String> FEEDS = List.of("/nieuws.atom", "/nieuws.rss", "/agenda.atom");
}
