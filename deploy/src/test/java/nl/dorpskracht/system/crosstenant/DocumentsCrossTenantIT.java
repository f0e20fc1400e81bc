package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What one line of the matrix cannot say about the documents library: LVKK's national documents reach every province
 * (read, never written), a province's own documents reach no other tenant (members-only or public, through list,
 * metadata, content or the download log), and ids of another tenant's folders lead nowhere. The attacked tenants'
 * tables are the same before and after.
 */
public class DocumentsCrossTenantIT {

    private static String zhFolder;
    private static String zhMembers;
    private static String zhPublic;
    private static String lvkkNational;
    private static String lvkkOwn;
    private static String secretText;

    @BeforeAll
    public static void arrange() {
        String run = Long.toString(System.nanoTime(), 36);
        secretText = "Geheim ZH " + run;
        zhFolder = Documents.folder("zhvkk", "Kruis ZH " + run).getString("id");
        zhMembers = Documents
                .uploaded("zhvkk", secretText.getBytes(StandardCharsets.UTF_8),
                        Map.of("fileName", "geheim.txt", "folderId", zhFolder, "title", "Kruis leden " + run))
                .getString("id");
        zhPublic = Documents
                .uploaded("zhvkk", "Openbaar".getBytes(StandardCharsets.UTF_8), Map.of("fileName", "open.txt",
                        "folderId", zhFolder, "visibility", "PUBLIC", "title", "Kruis openbaar " + run))
                .getString("id");
        String lvkkFolder = Documents.folder("lvkk", "Kruis LVKK " + run).getString("id");
        lvkkNational = Documents.uploaded("lvkk", "Landelijk".getBytes(StandardCharsets.UTF_8), Map.of("fileName",
                "landelijk.txt", "folderId", lvkkFolder, "national", "true", "title", "Kruis landelijk " + run))
                .getString("id");
        lvkkOwn = Documents
                .uploaded("lvkk", "Alleen LVKK".getBytes(StandardCharsets.UTF_8),
                        Map.of("fileName", "eigen.txt", "folderId", lvkkFolder, "title", "Kruis alleen LVKK " + run))
                .getString("id");
    }

    @Test
    public void everyProvinceReadsLvkksNationalDocumentUnderLandelijkAndNoneWritesIt() {
        List<String> lvkkBefore = Database.snapshot("lvkk");
        for (String[] reader : new String[][] { { "member@zhvkk.demo", "zhvkk" }, { "member@vkkl.demo", "vkkl" },
                { "admin@ovkk.demo", "ovkk" } }) {
            Api api = Api.as(reader[0]);
            String base = Documents.path(reader[1]);
            assertTrue(api.get(base + "?scope=national&size=100").body().contains(lvkkNational), reader[0]);
            assertFalse(api.get(base + "?scope=national&size=100").body().contains(lvkkOwn), reader[0]);
            assertFalse(api.get(base + "?size=100").body().contains(lvkkNational), "not among the own documents");
            assertEquals(200, api.get(base + "/" + lvkkNational).status());
            assertEquals("Landelijk",
                    new String(Documents.download(reader[0], reader[1], lvkkNational).body(), StandardCharsets.UTF_8));
            for (String notThere : List.of(lvkkOwn)) {
                notFound(api.get(base + "/" + notThere), "DOCUMENT_NOT_FOUND");
                assertEquals(404, Documents.download(reader[0], reader[1], notThere).status());
            }
        }
        Api zhAdmin = Api.as("admin@zhvkk.demo");
        String zh = Documents.path("zhvkk");
        notFound(
                zhAdmin.putJson(zh + "/" + lvkkNational,
                        "{\"folderId\":\"" + zhFolder + "\",\"title\":\"Overgenomen\",\"version\":1}"),
                "DOCUMENT_NOT_FOUND");
        notFound(zhAdmin.delete(zh + "/" + lvkkNational), "DOCUMENT_NOT_FOUND");
        assertEquals(lvkkBefore, Database.snapshot("lvkk"), "LVKK's tables unchanged by the provinces");
    }

    @Test
    public void aProvincesOwnDocumentsReachNoOtherTenantMembersOnlyOrPublic() {
        List<String> before = Database.snapshot("zhvkk");
        for (String[] other : new String[][] { { "member@vkkl.demo", "vkkl" }, { "admin@vkkl.demo", "vkkl" },
                { "admin@lvkk.demo", "lvkk" }, { "national@lvkk.demo", "lvkk" } }) {
            Api api = Api.as(other[0]);
            String base = Documents.path(other[1]);
            for (String id : List.of(zhMembers, zhPublic)) {
                notFound(api.get(base + "/" + id), "DOCUMENT_NOT_FOUND");
                Documents.Download content = Documents.download(other[0], other[1], id);
                assertEquals(404, content.status(), other[0]);
                assertFalse(new String(content.body(), StandardCharsets.UTF_8).contains(secretText));
                for (String scope : List.of("local", "national")) {
                    String listed = api.get(base + "?size=100&scope=" + scope).body();
                    assertFalse(listed.contains(id), other[0] + " " + scope);
                }
            }
            assertEquals(404, api.get("/api/v1/zhvkk/documents/" + zhMembers).status(), "no grant in zhvkk");
        }
        Api vkklAdmin = Api.as("admin@vkkl.demo");
        notFound(vkklAdmin.get(Documents.path("vkkl") + "/" + zhMembers + "/downloads"), "DOCUMENT_NOT_FOUND");
        notFound(vkklAdmin.delete(Documents.path("vkkl") + "/" + zhMembers), "DOCUMENT_NOT_FOUND");
        notFound(vkklAdmin.delete(Documents.folders("vkkl") + "/" + zhFolder), "DOCUMENT_FOLDER_NOT_FOUND");
        assertEquals(before, Database.snapshot("zhvkk"), "zhvkk's tables unchanged by the other tenants");
    }

    @Test
    public void anotherTenantsFolderIdLeadsNowhere() {
        List<String> before = Database.snapshot("zhvkk");
        Api.Reply upload = Documents.upload("admin@vkkl.demo", "vkkl", "tekst".getBytes(StandardCharsets.UTF_8),
                Map.of("fileName", "in-andermans-map.txt", "folderId", zhFolder));
        notFound(upload, "DOCUMENT_FOLDER_NOT_FOUND");
        JsonObject own = Documents.uploaded("vkkl", "tekst".getBytes(StandardCharsets.UTF_8),
                Map.of("fileName", "eigen.txt"));
        Api.Reply moved = Api.as("admin@vkkl.demo").putJson(Documents.path("vkkl") + "/" + own.getString("id"),
                "{\"folderId\":\"" + zhFolder + "\",\"title\":\"Verhuisd\",\"version\":" + own.get("version") + "}");
        notFound(moved, "DOCUMENT_FOLDER_NOT_FOUND");
        assertFalse(Api.as("admin@vkkl.demo").get(Documents.folders("vkkl")).body().contains(zhFolder));
        assertEquals(before, Database.snapshot("zhvkk"));
    }

    private static void notFound(Api.Reply reply, String code) {
        Denials.notFoundByTheResource(reply);
        assertEquals(code, reply.code(), reply.body());
    }
}
