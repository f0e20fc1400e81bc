package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The member file import: every kind of bad file is refused as a whole with a Dutch error naming line and column, and
 * nothing is written; good files in both separators, with or without BOM, import; export and import round-trip.
 */
public class MemberImportIT {

    private static final String HEADER = "naam;type;gemeente;regio;e-mail;inwoners;iban;mandaatkenmerk;mandaatdatum;"
            + "contactpersoon;functie;contact e-mail;primair;nieuwsbrief";
    private final Api admin = Api.as("admin@zhvkk.demo");
    private final String run = String.valueOf(System.nanoTime());

    private Api.Reply upload(String csv, String query) {
        return upload(csv.getBytes(StandardCharsets.UTF_8), query);
    }

    private Api.Reply upload(byte[] content, String query) {
        return admin.sendBytes("POST", "/api/v1/zhvkk/members/import" + query, "text/csv", content);
    }

    private String row(String name, String email, String iban, String contact) {
        return "Dorpsraad " + name + " " + run + ";DORPSRAAD;Hoeksche Waard;Hoeksche Waard;" + email + ";1200;" + iban
                + ";IMP-" + name + "-" + run.substring(run.length() - 8) + ";1-2-2024;" + contact + ";Secretaris;"
                + contact.toLowerCase().replace(' ', '.') + "@example.nl;ja;ja";
    }

    private void refused(Api.Reply reply, int status, String... messages) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.contentType());
        for (String message : messages) {
            assertTrue(reply.body().contains(message), "expected '" + message + "' in " + reply.body());
        }
        assertEquals("0", Database.single("select count(*) from member_organisation where name like ?", "%" + run));
    }

    @Test
    public void badFilesAreRefusedAsAWholeWithLineAndColumn() {
        String good = row("Goed", "goed@example.nl", "NL91ABNA0417164300", "Anna Goed");
        refused(upload("naam;soortje;gemeente\nA;OTHER;B\n", ""), 422, "Onbekende kolom", "soortje");
        refused(upload("naam;gemeente\nA;B\n", ""), 422, "De verplichte kolom", "type");
        refused(upload(HEADER + "\n" + good + "\n"
                + row("Fout", "geen-mail", "NL91ABNA0417164300", "Bob Fout").replace("IMP-Fout", "IMP-Fout2") + "\n",
                ""), 422, "\"row\":3", "geen geldig e-mailadres");
        refused(upload(
                HEADER + "\n" + good + "\n" + row("Iban", "i@example.nl", "NL00ABNA0417164300", "Cor Iban") + "\n", ""),
                422, "\"row\":3", "geen geldig IBAN", "\"field\":\"iban\"");
        refused(upload(HEADER + "\n" + good + "\n" + good + "\n", ""), 422, "dubbele van regel 2");
        refused(upload("", ""), 422, "IMPORT_EMPTY");
        refused(upload(HEADER + "\n", ""), 422, "IMPORT_EMPTY");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        refused(upload(garbage, ""), 422, "geen tekstbestand");
        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        refused(admin.sendBytesExpectingContinue("POST", "/api/v1/zhvkk/members/import", "text/csv", huge), 413,
                "PAYLOAD_TOO_LARGE");
        refused(upload(HEADER + "\n" + good.replace("Hoeksche Waard;goed@", "Atlantis;goed@") + "\n", ""), 422,
                "Atlantis");
        refused(upload("naam;type;gemeente\n\"Open;OTHER;B\n", ""), 422);
    }

    @Test
    public void bothSeparatorsWithAndWithoutBomImportAndExistingOnesAreUpdatedOrSkippedOnRequest() {
        String semicolon = HEADER + "\n" + row("Een", "een@example.nl", "NL91ABNA0417164300", "Anna Een") + "\n"
                + row("Een", "een@example.nl", "NL91ABNA0417164300", "Bert Een").replace(";ja;ja", ";nee;nee") + "\n";
        byte[] withBom = ("\uFEFF" + semicolon).getBytes(StandardCharsets.UTF_8);
        JsonObject result = upload(withBom, "").json();
        assertEquals(1, result.getInt("imported"));
        assertEquals(2, result.getInt("contacts"));
        assertEquals("2|1",
                Database.single("select count(*) || '|' || sum(case when is_primary then 1 else 0 end)"
                        + " from contact_person c join member_organisation m on m.id = c.organisation_id"
                        + " where m.name = ?", "Dorpsraad Een " + run));

        String comma = "name,type,municipality,region\nWijkplatform Komma " + run + ",WIJKPLATFORM,Alblasserdam,"
                + "Alblasserwaard\n";
        assertEquals(1, upload(comma, "").json().getInt("imported"));

        refused422Existing(semicolon);
        JsonObject skipped = upload(semicolon, "?existing=skip").json();
        assertEquals(1, skipped.getInt("skipped"));
        JsonObject dryRun = upload(semicolon.replace(";1200;", ";1300;"), "?existing=update&dryRun=true").json();
        assertEquals(1, dryRun.getInt("existing"));
        assertEquals("1200",
                Database.single("select inhabitants from member_organisation where name = ?", "Dorpsraad Een " + run));
        JsonObject updated = upload(semicolon.replace(";1200;", ";1300;"), "?existing=update").json();
        assertEquals(1, updated.getInt("updated"));
        assertEquals("1300",
                Database.single("select inhabitants from member_organisation where name = ?", "Dorpsraad Een " + run));
        assertEquals("2", Database.single("select count(*) from contact_person c join member_organisation m"
                + " on m.id = c.organisation_id where m.name = ?", "Dorpsraad Een " + run));
    }

    private void refused422Existing(String csv) {
        Api.Reply reply = upload(csv, "");
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.body().contains("bestaat al"), reply.body());
    }

    @Test
    public void anExportImportsBackToTheSameDataAndEscapesFormulas() {
        String formula = HEADER + "\n" + row("Formule", "f@example.nl", "NL91ABNA0417164300", "Fien Formule")
                .replace("Dorpsraad Formule", "=HYPERLINK(\"x\") Formule") + "\n";
        assertEquals(1, upload(formula, "").json().getInt("imported"));
        Api.Reply export = admin.get("/api/v1/zhvkk/members/export");
        assertEquals(200, export.status());
        assertTrue(export.contentType().startsWith("text/csv"), export.contentType());
        assertTrue(export.body().contains("'=HYPERLINK"), "formula escaped");
        // Rows written before the register (another suite writes some by SQL, as a migrated database holds them) are
        // found by the code the register gives their written municipality and may gain it: they are left out here.
        List<String> legacy = Database.rows(
                "select id::text from member_organisation where tenant_id = 'zhvkk' and municipality_code is null");
        List<String> legacyNames = Database
                .rows("select name from member_organisation where tenant_id = 'zhvkk' and municipality_code is null");
        List<String> before = Database.snapshot("zhvkk");
        Api.Reply reimported = admin.sendBytes("POST", "/api/v1/zhvkk/members/import?existing=update", "text/csv",
                export.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reimported.status(), reimported.body());
        JsonObject again = reimported.json();
        assertEquals(0, again.getInt("imported"));
        List<String> after = Database.snapshot("zhvkk");
        List<String> changed = new java.util.ArrayList<>(withoutAudit(after, legacy));
        changed.removeAll(withoutAudit(before, legacy));
        assertEquals(List.of(), changed, "an export imported back changes nothing");
        assertEquals(withoutAudit(before, legacy).size(), withoutAudit(after, legacy).size());
        assertEquals(withoutLines(export.body(), legacyNames),
                withoutLines(admin.get("/api/v1/zhvkk/members/export").body(), legacyNames));
        assertEquals("=HYPERLINK(\"x\") Formule " + run,
                Database.single("select name from member_organisation where name like ?", "=HYPERLINK%" + run));
    }

    private static List<String> withoutAudit(List<String> rows) {
        return rows.stream().filter(row -> !row.contains("IMPORT") && !row.contains("EXPORT"))
                .filter(row -> !row.matches(".*\\|(UPDATE|CREATE)\\|.*")).collect(Collectors.toList());
    }

    private static List<String> withoutAudit(List<String> rows, List<String> legacyIds) {
        return withoutAudit(rows).stream().filter(row -> legacyIds.stream().noneMatch(row::contains))
                .collect(Collectors.toList());
    }

    private static List<String> withoutLines(String csv, List<String> names) {
        return csv.lines().filter(line -> names.stream().noneMatch(line::contains)).collect(Collectors.toList());
    }

    @Test
    public void importsAndExportsAreAudited() {
        admin.get("/api/v1/zhvkk/members/export");
        JsonObject page = admin.get("/api/v1/zhvkk/audit?action=EXPORT&size=1").json();
        assertEquals("admin@zhvkk.demo", page.getJsonArray("items").getJsonObject(0).getString("actor"));
        Map<String, String> none = Map.of();
        assertTrue(none.isEmpty());
    }
}
