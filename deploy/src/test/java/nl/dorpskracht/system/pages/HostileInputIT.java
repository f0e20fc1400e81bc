package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An attacker's input against a server with a small heap: every answer is a 4xx problem document (or, on a page, the
 * page with a Dutch message), nothing is written, and afterwards every tenant's pages and API still answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class HostileInputIT {

    private static final String IMPORT = "/api/v1/vkkl/members/import";
    private static final String MEMBERS = "/api/v1/vkkl/members";
    private static final String HEADER = "naam;type;gemeente;contactpersoon\n";
    private static final int MB = 1024 * 1024;

    private static RunningDorpskracht server;
    private static Api admin;
    private static Map<String, Long> before;

    @BeforeAll
    public static void startWithASmallHeap() throws SQLException {
        server = RunningDorpskracht.start(RunningDorpskracht.newWorkDirectory(), Map.of(), List.of("-Xmx256m"));
        admin = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        before = rowCounts();
    }

    @AfterAll
    public static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    public void aHeaderOfAMillionColumnsIsRefused() {
        byte[] file = ("naam;type;gemeente;" + "kolom;".repeat(1_000_000) + "\nA;OTHER;Venlo\n")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length < 20 * MB);
        long start = System.nanoTime();
        Api.Reply reply = upload(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertProblem(reply, 422, "IMPORT_TOO_MANY_COLUMNS");
        System.out.printf("1,000,000 columns (%d bytes): %d ms, answer %d bytes, RSS %d MiB%n", file.length, millis,
                reply.body().length(), server.residentMegabytes());
    }

    @Test
    @Order(2)
    public void hugeCellsAreRefused() {
        assertProblem(upload(HEADER + "A;OTHER;" + "x".repeat(15 * MB) + ";Jan\n"), 422, "IMPORT_CELL_TOO_LONG");
        assertProblem(upload(HEADER + "\"" + "y\n".repeat(5 * MB) + "\";OTHER;Venlo;Jan\n"), 422,
                "IMPORT_CELL_TOO_LONG");
    }

    @Test
    @Order(3)
    public void manyWrongRowsGiveASmallAnswer() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 200_000; i++) {
            rows.append("Dorpsraad ").append(i).append(";KERK;Venlo;Jan\n");
        }
        Api.Reply tooMany = upload(rows.toString());
        assertProblem(tooMany, 413, "IMPORT_TOO_MANY_ROWS");
        System.out.printf("200,000 wrong rows: answer %d bytes%n", tooMany.body().length());

        String within = rows.substring(0, rows.indexOf("Dorpsraad 99999;"));
        Api.Reply listed = upload(within);
        assertProblem(listed, 422, "VALIDATION_FAILED");
        assertEquals(201, listed.json().getJsonArray("errors").size());
        assertTrue(listed.body().contains("En nog 99799 fouten."), listed.body().substring(0, 300));
        assertTrue(listed.body().length() < 64 * 1024, "answer of " + listed.body().length() + " bytes");
        System.out.printf("99,999 wrong rows: answer %d bytes%n", listed.body().length());
    }

    @Test
    @Order(4)
    public void deepAndHugeJsonIsRefused() {
        assertProblem(admin.postJson(MEMBERS, "[".repeat(100_000) + "]".repeat(100_000)), 400, "JSON_TOO_DEEP");
        assertProblem(admin.postJson(MEMBERS, "{\"name\":" + "[".repeat(100_000)), 400, "JSON_TOO_DEEP");
        assertProblem(admin.postJson(MEMBERS, "{\"name\":\"" + "x".repeat(5 * MB) + "\"}"), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(admin.postJson(MEMBERS, "{\"name\":\"x\"," + "\"a\":1,".repeat(500_000) + "\"b\":1}"), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    @Order(5)
    public void aNulOrAnotherControlCharacterIsRefusedNamingTheField() {
        assertField(admin.get(MEMBERS + "?q=%00"), "q");
        assertField(admin.get(MEMBERS + "?q=a%1Bb&type=DORPSRAAD"), "q");
        assertField(
                admin.postJson(MEMBERS, "{\"name\":\"a\\u0000b\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\"}"),
                "name");
        assertField(admin.postJson(MEMBERS, "{\"name\":\"a\\nb\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\"}"),
                "name");
        assertField(admin.get("/api/v1/vkkl/audit?actor=%00"), "actor");
        assertField(admin.get("/api/v1/vkkl/audit?entityType=x%00"), "entityType");
        assertField(admin.get("/api/v1/vkkl/contributions/invoices?q=%00"), "q");
        // The HTTP server refuses an encoded NUL in the path itself, before the application sees it.
        for (String path : List.of(MEMBERS + "/a%00b", "/api/v1/vk%00kl/members", MEMBERS + "/a%07b")) {
            Api.Reply reply = admin.get(path);
            assertEquals(400, reply.status(), path + ": " + reply.body());
            if (reply.isProblem()) {
                assertEquals("INVALID_TEXT", reply.code(), reply.body());
            }
        }
        assertProblem(upload(HEADER + "A\u0007b;OTHER;Venlo;Jan\n"), 422, "VALIDATION_FAILED");
        Api.Reply basic = Api.of(server, "admin\u0000@vkkl.demo", "x").get(MEMBERS);
        assertEquals(401, basic.status(), basic.body());
    }

    @Test
    @Order(6)
    public void invalidUtf8IsRefused() {
        byte[] json = "{\"name\":\"Caf\u00e9\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(admin.sendBytes("POST", MEMBERS, "application/json", json), 400, "INVALID_ENCODING");
        byte[] csv = (HEADER + "Caf\u00e9;OTHER;Venlo;Jan\n").getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply reply = upload(csv);
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertTrue(reply.body().contains("geen tekstbestand"), reply.body());
    }

    @Test
    @Order(7)
    public void aCompressedBombIsRefused() {
        byte[] jsonBomb = gzip("{\"name\":\"", ' ', 200 * MB);
        byte[] csvBomb = gzip(HEADER + "A;OTHER;", 'x', 200 * MB);
        for (Api.Reply reply : List.of(sendEncoded(MEMBERS, "application/json", jsonBomb),
                sendEncoded(IMPORT, "text/csv", csvBomb))) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply.status() + " " + reply.body());
            assertTrue(reply.isProblem(), reply.contentType());
            System.out.printf("gzip bomb of %d bytes: %d %s%n", jsonBomb.length, reply.status(), reply.code());
        }
    }

    @Test
    @Order(8)
    public void anOversizeFileIsRefusedThroughTheApiAndThePageWithTheSameDutchMessage() {
        byte[] huge = new byte[21 * MB];
        Arrays.fill(huge, (byte) 'a');
        Api.Reply api = upload(huge);
        assertProblem(api, 413, "PAYLOAD_TOO_LARGE");
        assertTrue(api.body().contains("Het bestand is groter dan 20 MB."), api.body());

        PageSession page = new PageSession(server);
        page.logIn("admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        PageSession.Page form = page.get("/admin/import.xhtml");
        PageSession.Page refused = page.postFile("/admin/import.xhtml", uploadFields(form), "upload:file", huge);
        assertEquals(200, refused.status(), "the import page again, after a redirect");
        assertTrue(refused.body().contains("Het bestand is groter dan 20 MB."), refused.body());

        byte[] columns = ("naam;type;gemeente;" + "kolom;".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
        PageSession.Page checked = page.postFile("/admin/import.xhtml", uploadFields(page.get("/admin/import.xhtml")),
                "upload:file", columns);
        assertEquals(200, checked.status());
        assertTrue(checked.body().contains("Het bestand heeft meer dan 100 kolommen."), checked.body());
    }

    @Test
    @Order(9)
    public void aControlCharacterInAFormIsRefusedWithADutchMessage() {
        PageSession page = new PageSession(server);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "admin\u0000@vkkl.demo");
        form.put("login:password", "x");
        form.put("login:submit", "Inloggen");
        form.put("jakarta.faces.ViewState", page.get("/login.xhtml").viewState());
        PageSession.Page refused = page.postForm("/login.xhtml", form);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("stuurteken"), refused.body());
    }

    @Test
    @Order(10)
    public void nothingWasWrittenAndEveryTenantStillAnswers() throws SQLException {
        assertEquals(before, rowCounts());
        for (String tenant : List.of("lvkk", "vkkl", "zhvkk", "ovkk")) {
            Api.Reply members = Api.of(server, "admin@" + tenant + ".demo", RunningDorpskracht.DEMO_PASSWORD)
                    .get("/api/v1/" + tenant + "/members");
            assertEquals(200, members.status(), tenant + ": " + members.body());
        }
        for (String user : List.of("admin@vkkl.demo", "admin@zhvkk.demo")) {
            PageSession page = new PageSession(server);
            page.logIn(user, RunningDorpskracht.DEMO_PASSWORD);
            PageSession.Page list = page.get("/admin/members.xhtml");
            assertEquals(200, list.status(), user);
            assertTrue(list.body().contains("nav:logout"), user + " is not logged in");
        }
        assertEquals(200, Api.of(server, null, null).get("/health/ready").status());
        System.out.printf("after the attacks: RSS %d MiB%n", server.residentMegabytes());
    }

    private static Map<String, String> uploadFields(PageSession.Page form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:existing", "SKIP");
        fields.put("upload:check", "Controleren");
        fields.put("jakarta.faces.ViewState", form.viewState());
        return fields;
    }

    private static Api.Reply upload(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Reply upload(byte[] csv) {
        return admin.sendBytes("POST", IMPORT, "text/csv", csv);
    }

    private static Api.Reply sendEncoded(String path, String type, byte[] body) {
        return admin.sendBytes("POST", path, type, body, Map.of("Content-Encoding", "gzip"));
    }

    /** {@code start} and then {@code count} times {@code filler}, compressed without holding it uncompressed. */
    private static byte[] gzip(String start, char filler, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[MB];
            Arrays.fill(chunk, (byte) filler);
            for (int i = 0; i < count / MB; i++) {
                zip.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(),
                reply.body().length() > 2000 ? reply.body().substring(0, 2000) : reply.body());
        assertTrue(reply.isProblem(), "content type " + reply.contentType());
        assertEquals(code, reply.code());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static void assertField(Api.Reply reply, String field) {
        assertProblem(reply, 400, "INVALID_TEXT");
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
        assertTrue(reply.body().contains("stuurteken"), reply.body());
    }

    /** Rows per table, except the tallies a background fold compacts on its own. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = server.superuser(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (found.next()) {
                    tables.add(found.getString(1));
                }
            }
            for (String table : tables) {
                if (table.contains("tally") || table.contains("tallies")) {
                    continue;
                }
                try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }
}
