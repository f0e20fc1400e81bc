package nl.dorpskracht.system.publicsite;

import java.util.UUID;
import nl.dorpskracht.system.support.Database;

/**
 * News items and documents of an association, arranged in the database as the news and documents components store them
 * (a body already sanitised, bytes beside the document), for tests of the public pages that read them.
 */
public final class PublicContent {

    /** A small PNG (1×1), real enough for a browser to show. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private PublicContent() {
    }

    public static String news(String tenant, String title, String bodyHtml, String audience, String status,
            boolean national) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into news_item (tenant_id, id, status, title, summary, body_html, audience, national,"
                + " published_at) values (?, ?::uuid, ?, ?, ?, ?, ?, ?, case when ? = 'PUBLISHED' then now() end)",
                tenant, id, status, title, "Samenvatting van " + title, bodyHtml, audience, national, status);
        return id;
    }

    public static void image(String tenant, String newsId) {
        Database.execute(
                "insert into news_file (tenant_id, news_id, id, kind, file_name, content_type, size, bytes)"
                        + " values (?, ?::uuid, gen_random_uuid(), 'IMAGE', 'foto.png', 'image/png', ?, ?)",
                tenant, newsId, PNG.length, PNG);
    }

    public static String folder(String tenant, String name) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into document_folder (tenant_id, id, name) values (?, ?::uuid, ?)", tenant, id, name);
        return id;
    }

    public static String document(String tenant, String folder, String title, String fileName, String text,
            String visibility) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into document (tenant_id, id, folder_id, title, file_name, content_type, size, sha256,"
                + " visibility, added_by) values (?, ?::uuid, ?::uuid, ?, ?, 'text/plain', octet_length(convert_to(?,"
                + " 'UTF8')), encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, 'test')", tenant, id, folder, title,
                fileName, text, text, visibility);
        Database.execute("insert into document_content (tenant_id, document_id, bytes) values (?, ?::uuid,"
                + " convert_to(?, 'UTF8'))", tenant, id, text);
        return id;
    }
}
