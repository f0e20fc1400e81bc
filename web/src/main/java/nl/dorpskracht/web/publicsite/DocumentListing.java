package nl.dorpskracht.web.publicsite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.documents.control.DocumentSummary;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/** Public documents, by folder: each a download link that says its title, file type and size. */
final class DocumentListing {

    private DocumentListing() {
    }

    static void write(Html html, PageContext page, List<DocumentSummary> documents, int headingLevel,
            boolean byFolder) {
        PublicTexts texts = page.texts();
        if (documents.isEmpty()) {
            html.raw("<p>").text(texts.get("noDocuments")).raw("</p>\n");
            return;
        }
        if (!byFolder) {
            list(html, page, documents);
            return;
        }
        Map<String, List<DocumentSummary>> folders = new LinkedHashMap<>();
        documents.forEach(document -> folders
                .computeIfAbsent(document.folder() == null || document.folder().isBlank()
                        ? texts.get("document.noFolder") : document.folder(), folder -> new java.util.ArrayList<>())
                .add(document));
        String level = String.valueOf(headingLevel);
        folders.forEach((folder, inFolder) -> {
            html.raw("<h").raw(level).raw(">").text(folder).raw("</h").raw(level).raw(">\n");
            list(html, page, inFolder);
        });
    }

    static String page(PageContext page, List<DocumentSummary> documents) {
        Html content = new Html().raw("<h1>").text(page.texts().get("documents")).raw("</h1>\n");
        write(content, page, documents, 2, true);
        return PublicLayout.page(page, page.texts().get("documents"), Page.DOCUMENTS, content);
    }

    private static void list(Html html, PageContext page, List<DocumentSummary> documents) {
        PublicTexts texts = page.texts();
        html.raw("<ul class=\"public-list\">\n");
        for (DocumentSummary document : documents) {
            html.raw("<li class=\"card\"><a href=\"").text(page.tenantPath("/documenten/" + document.id()))
                    .raw("\" download>")
                    .text(texts.get("document.download", document.title(), kind(document), size(document.size())))
                    .raw("</a>\n<p class=\"public-meta\">").text(document.fileName()).raw(" · ");
            EventListing.time(html, document.addedAt(), DutchDates.day(document.addedAt(), texts.locale()));
            html.raw("</p></li>\n");
        }
        html.raw("</ul>\n");
    }

    /** "PDF", "DOCX": what the file is, from its checked content type or else its name. */
    static String kind(DocumentSummary document) {
        String name = document.fileName() == null ? "" : document.fileName();
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && dot < name.length() - 1 && name.length() - dot <= 6) {
            return name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
        }
        String type = document.contentType() == null ? "" : document.contentType();
        return type.contains("/") ? type.substring(type.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT) : type;
    }

    /** "820 bytes", "14 kB", "2,3 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
