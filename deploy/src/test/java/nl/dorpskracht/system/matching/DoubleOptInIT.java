package nl.dorpskracht.system.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Vraag &amp; aanbod end to end on the running jar with a real SMTP server: a Zuid-Holland organisation asks for help,
 * a Limburg volunteer who consented to be found nationally is suggested by pseudonym, proposed, mailed a link, and only
 * after their yes do both sides get each other's details; a no and a non-consenting volunteer reveal nothing.
 */
public class DoubleOptInIT {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    public void onlyAYesByTheLinkExchangesTheDetailsAndOnlyOnce() throws Exception {
        String email = "hulp-" + System.nanoTime() + "@vrijwilliger.example";
        String name = VraagEnAanbod.unique("Vrijwilliger Juridisch");
        JsonObject volunteer = VraagEnAanbod.volunteer("admin@vkkl.demo", "vkkl", name, email, null, true,
                List.of("juridisch", "subsidies"));
        JsonObject shy = VraagEnAanbod.volunteer("admin@vkkl.demo", "vkkl", VraagEnAanbod.unique("Niet vindbaar"),
                "nee-" + System.nanoTime() + "@vrijwilliger.example", null, false, List.of("juridisch", "subsidies"));
        JsonObject member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpsraad Hulpvraag");
        String title = VraagEnAanbod.unique("Hulp bij de subsidieaanvraag");
        String request = VraagEnAanbod
                .request("admin@zhvkk.demo", "zhvkk", member.getString("id"), title, List.of("juridisch", "subsidies"))
                .getString("id");
        String base = VraagEnAanbod.base("zhvkk") + "/help-requests/" + request;

        Api.Reply suggestions = Api.as("admin@zhvkk.demo").get(base + "/suggestions?limit=50");
        assertEquals(200, suggestions.status(), suggestions.body());
        assertTrue(suggestions.body().contains(volunteer.getString("pseudonym")), suggestions.body());
        assertFalse(suggestions.body().contains(shy.getString("id")), "not consenting: invisible to Zuid-Holland");
        assertFalse(suggestions.body().contains(email) || suggestions.body().contains(name), suggestions.body());

        Api.Reply refused = Api.as("admin@zhvkk.demo").postJson(base + "/matches",
                VraagEnAanbod.proposalBody("vkkl", shy.getString("id")));
        assertEquals(404, refused.status(), refused.body());
        assertEquals("VOLUNTEER_NOT_FOUND", refused.code());

        JsonObject proposal = VraagEnAanbod.propose("admin@zhvkk.demo", "zhvkk", request, "vkkl",
                volunteer.getString("id"));
        assertEquals("PROPOSED", proposal.getString("status"));
        Api.Reply again = Api.as("admin@zhvkk.demo").postJson(base + "/matches",
                VraagEnAanbod.proposalBody("vkkl", volunteer.getString("id")));
        assertEquals("MATCH_ALREADY_PROPOSED", again.code());
        Api.Reply before = Api.as("admin@zhvkk.demo").get(base + "/matches");
        assertFalse(before.body().contains(email) || before.body().contains(name), before.body());

        MimeMessage asked = TestMail.awaitSubject(email, "Een vraag om hulp: " + title);
        String text = TestMail.text(asked);
        assertTrue(text.contains(member.getString("name")), text);
        String[] link = VraagEnAanbod.link(text);
        assertEquals("zhvkk", link[0]);
        String page = "/vraag-en-aanbod/antwoord/" + link[0] + "/" + link[1];
        assertEquals(0L,
                Long.parseLong(Database.single("select count(*) from volunteer_match where token_hash = ?", link[1])),
                "the secret itself is not stored");

        Api.Reply look = Api.anonymous().get(page);
        assertEquals(200, look.status());
        assertTrue(look.body().contains(title) && look.body().contains("Ja, ik help graag"), look.body());
        Api.Reply wrongTenant = Api.anonymous().get("/vraag-en-aanbod/antwoord/vkkl/" + link[1]);
        assertEquals(404, wrongTenant.status(), "the link works under the asking province only");

        Api.Reply yes = Api.anonymous().send("POST", page, FORM, "antwoord=ja", Map.of());
        assertEquals(200, yes.status(), yes.body());
        assertTrue(yes.body().contains("Dank u wel"), yes.body());

        MimeMessage toVolunteer = TestMail.awaitSubject(email, "U helpt bij: " + title);
        assertTrue(TestMail.text(toVolunteer).contains(member.getString("email")), TestMail.text(toVolunteer));
        MimeMessage toAsker = TestMail.awaitSubject(member.getString("email"), "U helpt bij: " + title);
        assertTrue(TestMail.text(toAsker).contains(email), TestMail.text(toAsker));

        JsonArray after = Api.as("admin@zhvkk.demo").get(base + "/matches").structure().asJsonArray();
        JsonObject accepted = after.getJsonObject(0);
        assertEquals("ACCEPTED", accepted.getJsonObject("proposal").getString("status"));
        assertEquals(email, accepted.getJsonObject("volunteer").getString("email"));
        assertEquals("MATCHED", Api.as("admin@zhvkk.demo").get(base).json().getString("status"));

        Api.Reply twice = Api.anonymous().send("POST", page, FORM, "antwoord=nee", Map.of());
        assertTrue(twice.body().contains("al ja gezegd"), twice.body());
        TestMail.awaitOutboxSettled(email);
        assertEquals(2, TestMail.to(email).size(), "the proposal and one mail with the asker's details");
        assertEquals("1", Database.single("select count(*) from audit_entry where entity_type = 'VolunteerMatch'"
                + " and action = 'ANSWER' and entity_id = ?", proposal.getString("id")));
    }

    @Test
    public void aNoRevealsNothingToEitherSide() throws Exception {
        String email = "nee-" + System.nanoTime() + "@vrijwilliger.example";
        JsonObject volunteer = VraagEnAanbod.volunteer("admin@zhvkk.demo", "zhvkk",
                VraagEnAanbod.unique("Vrijwilliger Nee"), email, null, false, List.of("ict"));
        JsonObject member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpshuis Website");
        String title = VraagEnAanbod.unique("Een nieuwe website");
        String request = VraagEnAanbod
                .request("admin@zhvkk.demo", "zhvkk", member.getString("id"), title, List.of("ict")).getString("id");
        VraagEnAanbod.propose("admin@zhvkk.demo", "zhvkk", request, "zhvkk", volunteer.getString("id"));
        String[] link = VraagEnAanbod.link(TestMail.text(TestMail.awaitSubject(email, "Een vraag om hulp: " + title)));

        Api.Reply no = Api.anonymous().send("POST", "/vraag-en-aanbod/antwoord/" + link[0] + "/" + link[1], FORM,
                "antwoord=nee", Map.of());
        assertTrue(no.body().contains("niets gedeeld"), no.body());
        JsonArray proposals = Api.as("admin@zhvkk.demo")
                .get(VraagEnAanbod.base("zhvkk") + "/help-requests/" + request + "/matches").structure().asJsonArray();
        assertEquals("DECLINED", proposals.getJsonObject(0).getJsonObject("proposal").getString("status"));
        JsonValue hidden = proposals.getJsonObject(0).get("volunteer");
        assertTrue(hidden == null || hidden.getValueType() == JsonValue.ValueType.NULL, proposals.toString());
        assertFalse(proposals.toString().contains(email), "no detail after a no");
        TestMail.awaitOutboxSettled(email);
        assertEquals(1, TestMail.to(email).size(), "only the proposal");
        assertEquals(0, TestMail.to(member.getString("email")).size(), "the asker hears nothing of a no");
    }

    @Test
    public void anAmbassadorSeesTheirRegionsAndProposesAsAmbassador() throws Exception {
        JsonObject inRegion = memberIn("Hoeksche Waard");
        JsonObject elsewhere = Members.create("admin@zhvkk.demo", "zhvkk", "Elders");
        String mine = VraagEnAanbod.request("admin@zhvkk.demo", "zhvkk", inRegion.getString("id"),
                VraagEnAanbod.unique("Vervoer naar de markt"), List.of("vervoer")).getString("id");
        String other = VraagEnAanbod.request("admin@zhvkk.demo", "zhvkk", elsewhere.getString("id"),
                VraagEnAanbod.unique("Vervoer elders"), List.of("vervoer")).getString("id");
        Api ambassador = Api.as("ambassadeur@zhvkk.demo");
        String coordination = VraagEnAanbod.base("zhvkk") + "/coordination";
        Api.Reply open = ambassador.get(coordination + "/requests?size=100");
        assertEquals(200, open.status(), open.body());
        assertTrue(open.body().contains(mine), open.body());
        assertFalse(open.body().contains(other), "another region's request");
        assertEquals("HELP_REQUEST_NOT_FOUND",
                ambassador.get(coordination + "/requests/" + other + "/suggestions").code());

        JsonObject driver = VraagEnAanbod.volunteer("admin@zhvkk.demo", "zhvkk", VraagEnAanbod.unique("Chauffeur"),
                "chauffeur-" + System.nanoTime() + "@vrijwilliger.example", "Hoeksche Waard", false,
                List.of("vervoer"));
        Api.Reply volunteers = ambassador.get(coordination + "/volunteers?size=100");
        assertTrue(volunteers.body().contains(driver.getString("id")), volunteers.body());
        assertFalse(volunteers.body().contains("chauffeur-"), "no contact details for an ambassador");
        Api.Reply suggested = ambassador.get(coordination + "/requests/" + mine + "/suggestions");
        assertTrue(suggested.body().contains(driver.getString("id")), suggested.body());

        Api.Reply proposed = ambassador.postJson(coordination + "/requests/" + mine + "/proposals",
                VraagEnAanbod.proposalBody("zhvkk", driver.getString("id")));
        assertEquals(201, proposed.status(), proposed.body());
        assertEquals("REGIONAL_AMBASSADOR", proposed.json().getString("proposedRole"));
        Api.Reply refused = ambassador.postJson(coordination + "/requests/" + other + "/proposals",
                VraagEnAanbod.proposalBody("zhvkk", driver.getString("id")));
        assertEquals("HELP_REQUEST_NOT_FOUND", refused.code());
    }

    @Test
    public void aContactPersonWhoVolunteersSaysYesLoggedInAndTheAskingProvinceMailsBothSides() throws Exception {
        Api member = Api.as("member@vkkl.demo");
        Api.Reply offer = member.putJson(VraagEnAanbod.base("vkkl") + "/volunteers/me",
                "{\"skills\":[\"evenementen\"],\"consent\":true,\"findableNationally\":true,"
                        + "\"availability\":\"zaterdagen\"}");
        assertEquals(200, offer.status(), offer.body());
        String email = offer.json().getString("email");
        JsonObject asking = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpshuis Feest");
        String title = VraagEnAanbod.unique("Hulp bij het dorpsfeest");
        String request = VraagEnAanbod
                .request("admin@zhvkk.demo", "zhvkk", asking.getString("id"), title, List.of("evenementen"))
                .getString("id");
        String match = VraagEnAanbod.propose("admin@zhvkk.demo", "zhvkk", request, "vkkl", offer.json().getString("id"))
                .getString("id");
        TestMail.awaitSubject(email, "Een vraag om hulp: " + title);

        Api.Reply mine = member.get(VraagEnAanbod.base("vkkl") + "/matches/mine");
        assertTrue(mine.body().contains(title) && mine.body().contains(match), mine.body());
        assertEquals("MATCH_NOT_FOUND",
                Api.as("member@zhvkk.demo").send("POST", VraagEnAanbod.base("zhvkk") + "/matches/" + match + "/accept",
                        "application/json", "", Map.of()).code(),
                "another province's contact person cannot answer for them");
        Api.Reply yes = member.send("POST", VraagEnAanbod.base("vkkl") + "/matches/" + match + "/accept",
                "application/json", "", Map.of());
        assertEquals(200, yes.status(), yes.body());
        assertEquals("ACCEPTED", yes.json().getString("status"));

        MimeMessage toAsker = TestMail.awaitSubject(asking.getString("email"), "U helpt bij: " + title);
        assertTrue(TestMail.text(toAsker).contains(email), TestMail.text(toAsker));
        TestMail.awaitSubject(email, "U helpt bij: " + title);
        Api.Reply again = member.send("POST", VraagEnAanbod.base("vkkl") + "/matches/" + match + "/decline",
                "application/json", "", Map.of());
        assertEquals("MATCH_ALREADY_ANSWERED", again.code());

        String contact = offer.json().getString("contactId");
        String organisation = Database.single("select organisation_id from contact_person where id = ?::uuid", contact);
        Api.Reply export = Api.as("admin@vkkl.demo")
                .get("/api/v1/vkkl/members/" + organisation + "/contacts/" + contact + "/personal-data");
        assertEquals(200, export.status(), export.body());
        JsonArray volunteering = export.json().getJsonObject("related").getJsonArray("volunteering");
        assertEquals("offer", volunteering.getJsonObject(0).getString("record"), volunteering.toString());
        assertTrue(volunteering.getJsonObject(0).getString("skills").contains("evenementen"), volunteering.toString());
        assertTrue(
                volunteering.stream().map(JsonValue::asJsonObject)
                        .anyMatch(row -> title.equals(row.getString("title", null))
                                && "ACCEPTED".equals(row.getString("status", null))),
                "the export lists the accepted proposal: " + volunteering);
    }

    private static JsonObject memberIn(String region) {
        String body = "{\"name\":\"" + VraagEnAanbod.unique("Dorpsraad") + "\",\"type\":\"DORPSRAAD\","
                + "\"municipality\":\"Molenlanden\",\"region\":\"" + region + "\"}";
        Api.Reply reply = Api.as("admin@zhvkk.demo").postJson("/api/v1/zhvkk/members", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }
}
