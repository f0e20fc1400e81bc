package nl.dorpskracht.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dorpskracht.web.publicsite.PublicFeeds.Channel;
import nl.dorpskracht.web.publicsite.PublicFeeds.Format;
import org.junit.jupiter.api.Test;

/** The feeds written and read back by a parser: hostile titles stay text, the sanitised body stays as it was. */
class PublicFeedsTest {

    private static final String TITLE = "Nieuws <script>alert('x')</script> & meer";
    private static final String BODY = "<p>Hallo <b>wereld</b> &amp; omgeving</p>";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T20:15:00Z");

    @Test
    void atomAndRssCarryTheTitleAsTextAndTheBodyAsItWasStored() throws Exception {
        for (Format format : Format.values()) {
            byte[] xml = PublicFeeds.write(format, channel(), List.of(entry()));
            String text = new String(xml, StandardCharsets.UTF_8);
            assertFalse(text.contains("<script>"), text);
            SyndFeed feed = new SyndFeedInput()
                    .build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
            assertEquals(format == Format.ATOM ? "atom_1.0" : "rss_2.0", feed.getFeedType());
            SyndEntry entry = feed.getEntries().get(0);
            assertEquals(TITLE, entry.getTitle(), format.name());
            assertEquals("https://dorpskracht.example/vkkl/nieuws/1", entry.getLink());
            String body = format == Format.ATOM ? entry.getContents().get(0).getValue()
                    : entry.getDescription().getValue();
            assertEquals(BODY, body, format.name());
            assertEquals(AT.toInstant(), entry.getPublishedDate().toInstant());
        }
    }

    @Test
    void anEmptyFeedIsValidAndDatedAtTheEpochSoItsEtagStaysTheSame() throws Exception {
        byte[] first = PublicFeeds.write(Format.ATOM, channel(), List.of());
        assertEquals(PublicAnswer.etag(first), PublicAnswer.etag(PublicFeeds.write(Format.ATOM, channel(), List.of())));
        assertEquals(Instant.EPOCH, PublicFeeds.updated(List.of()));
        SyndFeed feed = new SyndFeedInput()
                .build(new InputStreamReader(new ByteArrayInputStream(first), StandardCharsets.UTF_8));
        assertTrue(feed.getEntries().isEmpty());
        assertEquals("Vereniging <Test>", feed.getAuthor());
    }

    private static Channel channel() {
        return new Channel("https://dorpskracht.example/vkkl/nieuws.atom", "https://dorpskracht.example/vkkl/nieuws",
                "Nieuws van Vereniging <Test>", "Het openbare nieuws.", "Vereniging <Test>");
    }

    private static FeedEntry entry() {
        return new FeedEntry("https://dorpskracht.example/vkkl/nieuws/1", "https://dorpskracht.example/vkkl/nieuws/1",
                TITLE, "Samenvatting", BODY, AT, AT);
    }
}
