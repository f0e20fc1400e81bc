package nl.dorpskracht.newsletters.boundary;

import org.jsoup.Jsoup;

/** The archive shows the mail inside a page: the body of the stored mail document, without its head. */
final class ArchiveHtml {

    private ArchiveHtml() {
    }

    static String body(String document) {
        return document == null ? "" : Jsoup.parse(document).body().html();
    }
}
