package nl.dorpskracht.system.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Documents;
import nl.dorpskracht.system.support.NewTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documents library through HTTP: every allowed kind in and out byte for byte, the content (not the name) deciding
 * the type, the size limit and the association's quota, a hostile file name stored and served harmlessly, and the
 * download log of members-only files kept in the downloader's own province.
 */
public class DocumentsIT {

    private static final String TENANT = "zhvkk";
    private static final Pattern DISPOSITION = Pattern
            .compile("attachment; filename=\"([^\"\\\\;%]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+)");
    private static String folder;

    @BeforeAll
    public static void arrange() {
        folder = Documents.folder(TENANT, "Documenten-IT " + System.nanoTime()).getString("id");
    }

    @Test
    public void everyAllowedKindIsTakenAndComesBackByteForByteAsAnAttachmentNotToBeSniffed() {
        Map<String, String> expected = Map.ofEntries(Map.entry("pdf", "application/pdf"),
                Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                Map.entry("odt", "application/vnd.oasis.opendocument.text"),
                Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
                Map.entry("odp", "application/vnd.oasis.opendocument.presentation"), Map.entry("txt", "text/plain"),
                Map.entry("csv", "text/csv"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
                Map.entry("mp4", "video/mp4"));
        DocumentFixtures.everyAllowedKind().forEach((name, bytes) -> {
            String type = expected.get(name.substring(name.lastIndexOf('.') + 1));
            JsonObject created = Documents.uploaded(TENANT, bytes, Map.of("fileName", name, "folderId", folder));
            assertEquals(type, created.getString("contentType"), name);
            assertEquals(bytes.length, created.getJsonNumber("size").longValue(), name);

            Documents.Download download = Documents.download("member@zhvkk.demo", TENANT, created.getString("id"));
            assertEquals(200, download.status(), name);
            assertArrayEquals(bytes, download.body(), name);
            assertTrue(download.header("Content-Type").startsWith(type), download.header("Content-Type"));
            assertEquals("nosniff", download.header("X-Content-Type-Options"), name);
            Matcher disposition = DISPOSITION.matcher(download.header("Content-Disposition"));
            assertTrue(disposition.matches(), download.header("Content-Disposition"));
            assertEquals(name, URLDecoder.decode(disposition.group(2), StandardCharsets.UTF_8));
        });
    }

    @Test
    public void theContentDecidesTheTypeNotTheNameAndARefusalWritesNothing() {
        List<String> before = Database.snapshot(TENANT);
        record Attempt(String name, byte[] bytes, int status, String code) {
        }
        for (Attempt attempt : List.of(
                new Attempt("factuur.pdf", DocumentFixtures.executable(), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("pagina.pdf", DocumentFixtures.html(), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("pagina.txt", DocumentFixtures.html(), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("tekening.png", DocumentFixtures.svg(), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("brief.docx", DocumentFixtures.pdf(), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("lijst.xlsx", DocumentFixtures.ooxml("word/document.xml"), 415,
                        "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("foto.png", DocumentFixtures.image("jpeg"), 415, "DOCUMENT_CONTENT_MISMATCH"),
                new Attempt("setup.exe", DocumentFixtures.executable(), 415, "DOCUMENT_TYPE_NOT_ALLOWED"),
                new Attempt("pagina.html", DocumentFixtures.html(), 415, "DOCUMENT_TYPE_NOT_ALLOWED"),
                new Attempt("zonder-extensie", DocumentFixtures.pdf(), 415, "DOCUMENT_TYPE_NOT_ALLOWED"),
                new Attempt("leeg.pdf", new byte[0], 422, "DOCUMENT_EMPTY"))) {
            Api.Reply reply = Documents.upload("admin@zhvkk.demo", TENANT, attempt.bytes(),
                    Map.of("fileName", attempt.name(), "folderId", folder, "title", "Geweigerd " + attempt.name()));
            assertEquals(attempt.status(), reply.status(), attempt.name() + ": " + reply.body());
            assertTrue(reply.isProblem(), reply.contentType());
            assertEquals(attempt.code(), reply.code(), attempt.name());
        }
        Api.Reply national = Documents.upload("admin@zhvkk.demo", TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", "landelijk.pdf", "folderId", folder, "national", "true"));
        assertEquals(403, national.status(), national.body());
        assertEquals("NATIONAL_DOCUMENT_NOT_ALLOWED", national.code());
        Api.Reply member = Documents.upload("member@zhvkk.demo", TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", "lid.pdf", "folderId", folder));
        assertEquals(403, member.status(), member.body());
        assertEquals(before, Database.snapshot(TENANT), "nothing written by a refused upload");
        assertEquals("0", Database.single("select count(*) from document where title like 'Geweigerd %'"));
    }

    @Test
    public void aFileLargerThanTheLimitIsRefusedWithA413() {
        byte[] tooLarge = new byte[25 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        Api.Reply reply = Api.as("admin@zhvkk.demo").sendBytesExpectingContinue("POST",
                Documents.path(TENANT) + "?fileName=groot.txt&folderId=" + folder, "application/octet-stream",
                tooLarge);
        assertEquals(413, reply.status(), reply.body());
        assertEquals("DOCUMENT_TOO_LARGE", reply.code());
    }

    /** The test server runs with a quota of 48 MiB per association (RunningDorpskracht). */
    @Test
    public void theQuotaOfAnAssociationHoldsAndCountsOnlyItsOwnFiles() {
        String tenant = NewTenant.create("docs");
        String own = Documents.folder(tenant, "Quotum", "admin@ovkk.demo");
        byte[] twenty = new byte[20 * 1024 * 1024];
        Arrays.fill(twenty, (byte) 'q');
        for (int i = 1; i <= 2; i++) {
            Api.Reply reply = Documents.upload("admin@ovkk.demo", tenant, twenty,
                    Map.of("fileName", "deel-" + i + ".txt", "folderId", own));
            assertEquals(201, reply.status(), reply.body());
        }
        Api.Reply full = Documents.upload("admin@ovkk.demo", tenant, Arrays.copyOf(twenty, 10 * 1024 * 1024),
                Map.of("fileName", "te-veel.txt", "folderId", own));
        assertEquals(413, full.status(), full.body());
        assertEquals("DOCUMENT_QUOTA_EXCEEDED", full.code());
        assertEquals("2", Database.single("select count(*) from document where tenant_id = ?", tenant));
    }

    @Test
    public void aFileNameWithMarkupQuotesAndFoldersIsStoredWithoutFoldersAndServedEncoded() {
        String hostile = "../../etc/<img src=x onerror=alert(1)> \"rapport\"; 100% ñ.pdf";
        JsonObject created = Documents.uploaded(TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", hostile, "folderId", folder));
        String stored = "<img src=x onerror=alert(1)> \"rapport\"; 100% ñ.pdf";
        assertEquals(stored, created.getString("fileName"));
        Documents.Download download = Documents.download("member@zhvkk.demo", TENANT, created.getString("id"));
        Matcher disposition = DISPOSITION.matcher(download.header("Content-Disposition"));
        assertTrue(disposition.matches(), download.header("Content-Disposition"));
        assertEquals(stored, URLDecoder.decode(disposition.group(2).replace("+", "%2B"), StandardCharsets.UTF_8));
        assertFalse(disposition.group(1).contains("\""));

        JsonObject windows = Documents.uploaded(TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", "C:\\Users\\bestuur\\notulen.pdf", "folderId", folder));
        assertEquals("notulen.pdf", windows.getString("fileName"));
        Api.Reply control = Documents.upload("admin@zhvkk.demo", TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", "notulen\u0000.pdf", "folderId", folder));
        assertEquals(400, control.status(), control.body());
        assertEquals("INVALID_TEXT", control.code(), "a control character is refused before anything is read");
    }

    @Test
    public void membersOnlyDownloadsAreLoggedInTheDownloadersProvinceAndTheHostSeesCountsOnly() {
        String lvkkFolder = Documents.folder("lvkk", "Landelijk-IT " + System.nanoTime()).getString("id");
        String national = Documents
                .uploaded("lvkk", DocumentFixtures.pdf(),
                        Map.of("fileName", "landelijk-log.pdf", "folderId", lvkkFolder, "national", "true"))
                .getString("id");
        String openly = Documents.uploaded(TENANT, DocumentFixtures.pdf(),
                Map.of("fileName", "openbaar.pdf", "folderId", folder, "visibility", "PUBLIC")).getString("id");
        assertEquals(200, Documents.download("member@zhvkk.demo", "zhvkk", national).status());
        assertEquals(200, Documents.download("member@vkkl.demo", "vkkl", national).status());
        assertEquals(200, Documents.download("member@vkkl.demo", "vkkl", national).status());
        assertEquals(200, Documents.download("member@zhvkk.demo", TENANT, openly).status());

        assertEquals(List.of("vkkl", "vkkl", "zhvkk"), Database.rows(
                "select tenant_id from document_download where document_id = ?::uuid order by tenant_id", national));
        JsonObject host = Api.as("admin@lvkk.demo").get(Documents.path("lvkk") + "/" + national + "/downloads").json();
        assertEquals(3, host.getJsonNumber("total").longValue());
        assertEquals(0, host.getJsonArray("ownMembers").size(), "LVKK never sees the provinces' people");
        JsonObject zh = Api.as("admin@zhvkk.demo").get(Documents.path("zhvkk") + "/" + national + "/downloads").json();
        assertTrue(!zh.containsKey("total") || zh.isNull("total"),
                "a province does not count another tenant's document");
        assertEquals(1, zh.getJsonArray("ownMembers").size());
        JsonObject vk = Api.as("admin@vkkl.demo").get(Documents.path("vkkl") + "/" + national + "/downloads").json();
        assertEquals(2, vk.getJsonArray("ownMembers").size());
        assertEquals("Contactpersoon Limburg", vk.getJsonArray("ownMembers").getJsonObject(0).getString("name"));
        assertFalse(zh.toString().contains("Limburg"), "a province sees its own people only");
        JsonObject open = Api.as("admin@zhvkk.demo").get(Documents.path(TENANT) + "/" + openly + "/downloads").json();
        assertEquals(0, open.getJsonNumber("total").longValue(), "a public document's downloads are not logged");
        assertEquals("0",
                Database.single("select count(*) from document_download where document_id = ?::uuid", openly));

        // the host deletes its national document: the log rows in the provinces go with it (the foreign key's cascade
        // runs as the table owner, past row-level security), not a 500 for rows LVKK itself cannot see
        assertEquals(204, Api.as("admin@lvkk.demo").delete(Documents.path("lvkk") + "/" + national).status());
        assertEquals("0",
                Database.single("select count(*) from document_download where document_id = ?::uuid", national));
        assertEquals(404, Documents.download("member@zhvkk.demo", "zhvkk", national).status());
    }
}
