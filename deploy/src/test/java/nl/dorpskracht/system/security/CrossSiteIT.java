package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What another site can make a logged-in administrator's browser send: the session cookie goes along, so the API
 * refuses every write that arrives with it ({@code CSRF_REFUSED}) and nothing changes; the same write with HTTP Basic,
 * as an integration sends it, works. The pages' own forms need their view state.
 */
public class CrossSiteIT {

    private static final String ADMIN = "admin@vkkl.demo";
    private static final String MEMBERS = "/api/v1/vkkl/members";
    private static final Map<String, String> FROM_EVIL = Map.of("Origin", "https://kwaadaardig.example",
            "Sec-Fetch-Site", "cross-site");

    private final RunningDorpskracht server = RunningDorpskracht.get();
    private final Api basic = Api.as(ADMIN);

    @Test
    public void aJsonPostWithTheSessionCookieIsRefusedAndCreatesNothing() throws SQLException {
        String name = "Dorpsraad Vals " + unique();
        Api.Reply refused = loggedIn().withCookie("POST", MEMBERS, "application/json",
                Members.body(name, "DORPSRAAD", "Venlo"), Map.of());
        assertCsrfRefused(refused);
        assertEquals(0, membersNamed(name));

        Api.Reply created = basic.postJson(MEMBERS, Members.body(name, "DORPSRAAD", "Venlo"));
        assertEquals(201, created.status(), created.body());
        assertEquals(1, membersNamed(name));
    }

    @Test
    public void aTextPlainImportFromAnotherSiteOverwritesNothingAndTheApiTakesOnlyCsv() throws SQLException {
        String name = "Dorpshuis Bestaand " + unique();
        assertEquals(201, basic.postJson(MEMBERS, Members.body(name, "DORPSRAAD", "Venray")).status());
        String file = "naam;type;gemeente\n" + name + ";DORPSHUIS;Venray\n";

        Api.Reply refused = loggedIn().withCookie("POST", MEMBERS + "/import?existing=update", "text/plain", file,
                FROM_EVIL);
        assertCsrfRefused(refused);
        assertEquals("DORPSRAAD", typeOf(name), "nothing overwritten");

        Api.Reply plainWithBasic = basic.send("POST", MEMBERS + "/import?existing=update", "text/plain", file,
                Map.of());
        assertEquals(415, plainWithBasic.status(), plainWithBasic.body());
        assertEquals("DORPSRAAD", typeOf(name));

        Api.Reply imported = basic.send("POST", MEMBERS + "/import?existing=update", "text/csv", file, Map.of());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("updated"));
        assertEquals("DORPSHUIS", typeOf(name));
    }

    @Test
    public void anEmptyFormPostToTheContactLoginGivesNoLogin() throws SQLException {
        String member = Members.create(ADMIN, "vkkl", "Dorpsraad Loginloos").getString("id");
        String contacts = MEMBERS + "/" + member + "/contacts";
        String email = "truus." + unique() + "@example.nl";
        Api.Reply contact = basic.postJson(contacts, "{\"name\":\"Truus Vals\",\"email\":\"" + email + "\"}");
        assertEquals(201, contact.status(), contact.body());
        String login = contacts + "/" + contact.json().getString("id") + "/login";

        Api.Reply refused = loggedIn().withCookie("POST", login, "application/x-www-form-urlencoded", "", FROM_EVIL);
        assertCsrfRefused(refused);
        assertFalse(hasAccount(contact.json().getString("id")), "no login given");

        Invitees.accept(basic.postJson(login, "{}"), email);
        assertTrue(hasAccount(contact.json().getString("id")));
    }

    @Test
    public void aDeleteWithTheSessionCookieArchivesNothing() throws SQLException {
        String member = Members.create(ADMIN, "vkkl", "Dorpsraad Blijft").getString("id");

        assertCsrfRefused(loggedIn().withCookie("DELETE", MEMBERS + "/" + member, null, null, Map.of()));
        assertEquals("ACTIVE", statusOf(member));

        Api.Reply archived = basic.delete(MEMBERS + "/" + member);
        assertTrue(archived.status() / 100 == 2, archived.status() + " " + archived.body());
        assertEquals("ARCHIVED", statusOf(member));
    }

    @Test
    public void theSessionCookieStillReadsForThePagesDownloadLinks() {
        Api.Reply export = loggedIn().withCookie("GET", MEMBERS + "/export", null, null, Map.of());
        assertEquals(200, export.status(), export.body());
    }

    @Test
    public void aWriteTheBrowserSaysComesFromAnotherSiteIsRefusedEvenWithBasic() throws SQLException {
        String name = "Dorpsraad Doorgestuurd " + unique();
        assertCsrfRefused(basic.send("POST", MEMBERS, "application/json", Members.body(name, "DORPSRAAD", "Venlo"),
                Map.of("Sec-Fetch-Site", "cross-site")));
        assertCsrfRefused(basic.send("POST", MEMBERS, "application/json", Members.body(name, "DORPSRAAD", "Venlo"),
                Map.of("Origin", "https://kwaadaardig.example")));
        assertEquals(0, membersNamed(name));

        Api.Reply sameOrigin = basic.send("POST", MEMBERS, "application/json", Members.body(name, "DORPSRAAD", "Venlo"),
                Map.of("Origin", server.baseUrl()));
        assertEquals(201, sameOrigin.status(), sameOrigin.body());
    }

    @Test
    public void aFacesPostbackWithoutTheViewStateChangesNothing() throws SQLException {
        PageSession page = loggedIn();
        String name = "Dorpsraad Zonder Staat " + unique();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memberForm", "memberForm");
        form.put("memberForm:name", name);
        form.put("memberForm:type", "DORPSRAAD");
        form.put("memberForm:municipality", "GM0983"); // Venlo, as the register offers it
        form.put("memberForm:save", "Opslaan");
        page.postForm("/admin/members.xhtml", form);
        assertEquals(0, membersNamed(name), "another site cannot know the view state");

        PageSession.Page list = page.get("/admin/members.xhtml");
        PageSession.Page editing = page.postForm("/admin/members.xhtml",
                Map.of("members", "members", "members:add", "Toevoegen", "jakarta.faces.ViewState", list.viewState()));
        form.put("jakarta.faces.ViewState", editing.viewState());
        PageSession.Page saved = page.postForm("/admin/members.xhtml", form);
        assertEquals(1, membersNamed(name),
                "the page's own form, with its view state, works; the page said: "
                        + java.util.regex.Pattern.compile("class=\"error\"[^>]*>([^<]+)").matcher(saved.body())
                                .results().map(m -> m.group(1)).toList());
    }

    @Test
    public void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        List<String> cookies = new PageSession(server).logInForCookies(ADMIN, RunningDorpskracht.DEMO_PASSWORD);
        List<String> session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
        assertFalse(session.isEmpty(), cookies.toString());
        for (String cookie : session) {
            String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
            assertTrue(attributes.contains("httponly"), cookie);
            assertTrue(attributes.contains("samesite=lax"), cookie);
            assertFalse(attributes.contains("samesite=strict") || attributes.contains("samesite=none"), cookie);
            assertFalse(attributes.contains("secure"), "http base address: not Secure, or it would never come back");
        }
    }

    @Test
    public void withAnHttpsPublicAddressTheSessionCookieIsSecure() {
        RunningDorpskracht https = RunningDorpskracht.start(RunningDorpskracht.newWorkDirectory(),
                Map.of("DORPSKRACHT_BASE_URL", "https://dorpskracht.example"));
        try {
            // The session starts at the login page; over plain http the client rightly never sends a Secure cookie
            // back, so a login cannot follow here.
            List<String> cookies = new PageSession(https).withCookie("GET", "/login.xhtml", null, null, Map.of())
                    .headers().getOrDefault("set-cookie", List.of());
            List<String> session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
            assertFalse(session.isEmpty(), cookies.toString());
            session.forEach(cookie -> assertTrue(cookie.matches("(?i).*;\\s*Secure\\s*(;.*)?"), cookie));
            session.forEach(
                    cookie -> assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie));
        } finally {
            https.stop();
        }
    }

    @Test
    public void personalDataAndThePagesAreNotStored() {
        assertNoStore(basic.get(MEMBERS + "?size=1"));
        assertNoStore(basic.get("/api/v1/vkkl/members/export"));
        PageSession page = loggedIn();
        assertNoStore(page.withCookie("GET", "/admin/members.xhtml", null, null, Map.of()));
        PageSession member = new PageSession(server);
        member.logIn("member@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        assertNoStore(member.withCookie("GET", "/api/v1/me", null, null, Map.of()));
        assertNoStore(member.withCookie("GET", "/portal/", null, null, Map.of()));
    }

    private PageSession loggedIn() {
        PageSession page = new PageSession(server);
        page.logIn(ADMIN, RunningDorpskracht.DEMO_PASSWORD);
        return page;
    }

    private static void assertCsrfRefused(Api.Reply reply) {
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.contentType());
        assertEquals("CSRF_REFUSED", reply.code());
    }

    private static void assertNoStore(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertTrue(String.valueOf(reply.headers().get("cache-control")).contains("no-store"),
                reply.headers().toString());
    }

    private int membersNamed(String name) throws SQLException {
        return Integer.parseInt(single("select count(*) from member_organisation where name = ?", name));
    }

    private String typeOf(String name) throws SQLException {
        return single("select type from member_organisation where name = ?", name);
    }

    private String statusOf(String id) throws SQLException {
        return single("select status from member_organisation where id = ?::uuid", id);
    }

    private boolean hasAccount(String contactId) throws SQLException {
        return single("select account_id from contact_person where id = ?::uuid", contactId) != null;
    }

    private String single(String query, String parameter) throws SQLException {
        try (Connection superuser = server.superuser();
                PreparedStatement statement = superuser.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), query);
                return row.getString(1);
            }
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
