package nl.dorpskracht.system.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.Test;

/**
 * A form sent with a view the server does not hold (expired, or built on an instance that went away before its state
 * reached the data grid) loads the page again with a notice: no error page, no login form, nothing done.
 */
public class LostViewIT {

    private static final String NOTICE = "De pagina is opnieuw geladen";

    @Test
    public void aFormOfAViewTheServerDoesNotHoldLoadsThePageAgain() {
        PageSession admin = new PageSession(RunningDorpskracht.get());
        admin.logIn("admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        PageSession.Page members = admin.get("/admin/members.xhtml");
        assertEquals(200, members.status());
        String held = members.viewState();

        PageSession.Page again = admin.postForm("/admin/members.xhtml", search(unknownLike(held)));

        assertEquals(200, again.status(), again.body());
        assertTrue(again.body().contains(NOTICE), "the page says why it was loaded again");
        assertFalse(again.body().contains("login:password"), "still logged in");
        assertFalse(again.body().contains("Er ging iets mis"), "no error page");
        assertTrue(again.body().contains("members:query"), "the member page itself, ready for the next search");
    }

    @Test
    public void theViewTheServerHoldsStillWorks() {
        PageSession admin = new PageSession(RunningDorpskracht.get());
        admin.logIn("admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        PageSession.Page members = admin.get("/admin/members.xhtml");

        PageSession.Page found = admin.postForm("/admin/members.xhtml", search(members.viewState()));

        assertEquals(200, found.status());
        assertFalse(found.body().contains(NOTICE));
    }

    /** The same shape as the server's own view state key, pointing at nothing it holds. */
    private static String unknownLike(String held) {
        int colon = held.indexOf(':');
        return colon < 0 ? "-1:-1" : held.substring(0, colon) + ":-4242424242424242";
    }

    private static Map<String, String> search(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("members", "members");
        form.put("members:query", "Venlo");
        form.put("members:searchButton", "Zoeken");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }
}
