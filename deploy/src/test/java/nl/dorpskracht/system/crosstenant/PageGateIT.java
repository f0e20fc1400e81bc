package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The page gate ({@code @TenantPage}): a page keeps the tenant it was opened with, and every one of its methods enters
 * that tenant again with the caller's grants of this request. An admin whose role is taken away while the page is open
 * gets the refusal and none of the association's data on their next click; a member's request for a province that is
 * not theirs is the same not-found as a province that does not exist.
 */
public class PageGateIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final List<String> REFUSAL = List.of("Deze vereniging bestaat niet of u hebt er geen toegang toe.",
            "This association does not exist or you have no access to it.");

    @Test
    public void aPageActionAfterTheRoleWasWithdrawnMidViewShowsTheRefusalAndNoData() {
        String memberName = "Poortdoel Dorpsraad " + RUN;
        Campaigns.member("vkkl", memberName, "Venlo", "ACTIVE");
        String email = Grantees.unique("poort");
        String account = Grantees.granted("admin@vkkl.demo", "vkkl", email, "TENANT_ADMIN");
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn(email, Invitees.PASSWORD);
        PageSession.Page opened = session.get("/admin/members.xhtml");
        assertEquals(200, opened.status(), opened.body());

        PageSession.Page found = search(session, opened.viewState(), RUN);
        assertTrue(found.body().contains(memberName), "while the role lasts the search finds the member");

        Grantees.assertStatus(204, Api.as("admin@vkkl.demo").delete("/api/v1/vkkl/access/" + account));
        PageSession.Page refused = search(session, found.viewState(), RUN);

        assertEquals(200, refused.status(), refused.body());
        assertFalse(refused.body().contains(memberName), "the member leaked after the role was withdrawn");
        assertTrue(REFUSAL.stream().anyMatch(refused.body()::contains), "the refusal is said: " + refused.body());
    }

    @Test
    public void aMembersRequestForAnotherProvinceIsTheSameNotFoundAsNoProvinceAtAll() {
        Api member = Api.as(Portal.ZHVKK_MEMBER);
        Api.Reply foreign = member.get("/api/v1/me/feed?scope=local&tenant=vkkl");
        Api.Reply unknown = member.get("/api/v1/me/feed?scope=local&tenant=bestaat-niet-" + RUN);
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals("TENANT_NOT_FOUND", foreign.code(), foreign.body());
        assertEquals(unknown.status(), foreign.status());
        assertEquals(unknown.code(), foreign.code());
    }

    /** The search form posted as a browser does; the query is the run's mark, so the page never echoes the name. */
    private static PageSession.Page search(PageSession session, String viewState, String query) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("members", "members");
        form.put("members:query", query);
        form.put("members:typeFilter", "");
        form.put("members:statusFilter", "ACTIVE");
        form.put("members:searchButton", "Zoeken");
        form.put("jakarta.faces.ViewState", viewState);
        return session.postForm("/admin/members.xhtml", form);
    }
}
