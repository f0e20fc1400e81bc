package nl.dorpskracht.web.publicsite;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 and RSS 2.0 written by ROME. Titles and summaries are text (the XML writer escapes them); a news body is the
 * sanitised HTML it was stored as, carried escaped in the XML as both formats want, so a reader that shows it shows
 * only what the sanitiser let through.
 */
final class PublicFeeds {

    enum Format {
        ATOM("atom_1.0", "application/atom+xml;charset=UTF-8"), RSS("rss_2.0", "application/rss+xml;charset=UTF-8");

        final String romeType;
        final String contentType;

        Format(String romeType, String contentType) {
            this.romeType = romeType;
            this.contentType = contentType;
        }
    }

    /**
     * What a feed says about itself: its own address, the page it stands for, its title and description, and who writes
     * it (the association: Atom wants an author for every entry).
     */
    record Channel(String self, String page, String title, String description, String author) {
    }

    private PublicFeeds() {
    }

    /** The newest entry's change, or the epoch for an empty feed (a fixed date keeps an empty feed's ETag stable). */
    static Instant updated(List<FeedEntry> entries) {
        return entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).map(OffsetDateTime::toInstant)
                .orElse(Instant.EPOCH);
    }

    static byte[] write(Format format, Channel channel, List<FeedEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLink(channel.page());
        feed.setUri(channel.self());
        feed.setLanguage("nl");
        feed.setPublishedDate(Date.from(updated(entries)));
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", "text/html", channel.page()));
        links.add(link("self", format.contentType.substring(0, format.contentType.indexOf(';')), channel.self()));
        feed.setLinks(links);
        if (format == Format.ATOM) {
            feed.setAuthor(channel.author());
        }
        feed.setEntries(entries.stream().map(entry -> entry(format, entry, channel)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed cannot be written", e);
        }
    }

    private static SyndEntry entry(Format format, FeedEntry source, Channel channel) {
        SyndEntry entry = new SyndEntryImpl();
        if (format == Format.ATOM) {
            entry.setAuthor(channel.author());
        }
        entry.setUri(source.id());
        entry.setTitle(source.title());
        entry.setLink(source.link());
        entry.setPublishedDate(Date.from(source.published().toInstant()));
        entry.setUpdatedDate(Date.from(source.updated().toInstant()));
        boolean hasBody = source.contentHtml() != null && !source.contentHtml().isBlank();
        if (format == Format.RSS && hasBody) {
            entry.setDescription(content("text/html", source.contentHtml()));
        } else if (source.summary() != null && !source.summary().isBlank()) {
            entry.setDescription(content("text/plain", source.summary()));
        }
        if (format == Format.ATOM && hasBody) {
            entry.setContents(List.of(content("html", source.contentHtml())));
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
