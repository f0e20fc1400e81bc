package nl.dorpskracht.system.platform;

import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.testsupport.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything a page session holds serialises: a login, the language, and the view state of the admin, portal and
 * account pages. The instance runs in cluster mode with itself as the only member, so that each request's changed
 * session is written to the data grid as in a cluster; the suite's shared instance runs alone, with sessions in memory,
 * where nothing is ever serialised. Any "Cannot serialize" or NotSerializableException in its log fails the test.
 */
public class SessionSerializationIT {

    private static final List<String> ADMIN_PAGES = List.of("/admin/members.xhtml", "/admin/audit.xhtml",
            "/admin/messages.xhtml", "/admin/invoices.xhtml", "/admin/boekhouding.xhtml", "/admin/contributions.xhtml",
            "/admin/events.xhtml", "/admin/campaigns.xhtml", "/admin/targets.xhtml", "/admin/access.xhtml",
            "/admin/regions.xhtml", "/admin/import.xhtml", "/admin/prize.xhtml", "/admin/security.xhtml",
            "/account/tokens.xhtml", "/account/second-factor.xhtml");
    private static final List<String> PORTAL_PAGES = List.of("/portal/index.xhtml", "/portal/registrations.xhtml");
    private static final Pattern LANGUAGE = Pattern.compile("<html[^>]*\\blang=\"([a-z]+)\"");

    private static RunningDorpskracht server;

    @BeforeAll
    public static void startAClusterOfOne() {
        int gridPort = FreePort.find();
        server = RunningDorpskracht.start(RunningDorpskracht.newWorkDirectory(),
                Map.of("DORPSKRACHT_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort, "DORPSKRACHT_CLUSTER_INTERFACE",
                        "127.0.0.1", "DORPSKRACHT_CLUSTER_PORT", String.valueOf(gridPort), "DORPSKRACHT_CLUSTER_NAME",
                        "dorpskracht-sessions-test"));
    }

    @AfterAll
    public static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    public void pageSessionsSerialiseWithoutAWarning() throws IOException {
        long offset = Files.size(server.log());

        PageSession admin = new PageSession(server);
        admin.logIn("admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        for (String page : ADMIN_PAGES) {
            admin.get(page);
        }
        PageSession.Page members = admin.get("/admin/members.xhtml");
        assertEquals(200, members.status());
        Map<String, String> search = new LinkedHashMap<>();
        search.put("members", "members");
        search.put("members:query", "Venlo");
        search.put("members:searchButton", "Zoeken");
        search.put("jakarta.faces.ViewState", members.viewState());
        PageSession.Page found = admin.postForm("/admin/members.xhtml", search);
        assertEquals(200, found.status());

        String before = language(found);
        Map<String, String> toggle = new LinkedHashMap<>();
        toggle.put("nav", "nav");
        toggle.put("nav:language", "nav:language");
        toggle.put("jakarta.faces.ViewState", found.viewState());
        PageSession.Page toggled = admin.postForm("/admin/members.xhtml", toggle);
        assertTrue(!before.equals(language(admin.get("/admin/members.xhtml"))),
                "the language choice is kept in the session (" + toggled.status() + ")");

        PageSession portal = new PageSession(server);
        portal.logIn("member@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        for (String page : PORTAL_PAGES) {
            assertEquals(200, portal.get(page).status(), page);
        }

        List<String> warnings = serializationWarnings(logAfter(offset));
        assertEquals(List.of(), warnings, "the session held something that cannot travel; see " + server.log());
    }

    private static String language(PageSession.Page page) {
        Matcher found = LANGUAGE.matcher(page.body());
        assertTrue(found.find(), "the page names its language");
        return found.group(1);
    }

    private static List<String> serializationWarnings(String log) {
        return log.lines()
                .filter(line -> line.contains("Cannot serialize") || line.contains("NotSerializableException"))
                .toList();
    }

    private static String logAfter(long offset) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(server.log().toFile(), "r")) {
            byte[] written = new byte[(int) (log.length() - offset)];
            log.seek(offset);
            log.readFully(written);
            return new String(written, StandardCharsets.UTF_8);
        }
    }
}
