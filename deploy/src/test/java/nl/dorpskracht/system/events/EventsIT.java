package nl.dorpskracht.system.events;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Events of a tenant, shared with all or with chosen tenants through the one deliberate path, and the iCal feed. */
public class EventsIT {

    private final String run = String.valueOf(System.nanoTime());

    public static String body(String title, String type, String status, String sharing) {
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"startsAt\":\"2030-03-01T19:30\","
                + "\"endsAt\":\"2030-03-01T21:00\",\"onlineLink\":\"https://webinar.example/" + title.hashCode()
                + "\",\"status\":\"" + status + "\"" + (sharing == null ? "" : "," + sharing) + "}";
    }

    public static JsonObject create(String tenant, String body) {
        Api.Reply reply = Api.as("admin@" + tenant + ".demo").postJson("/api/v1/" + tenant + "/events", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> titles(String user, String tenant, String scope) {
        Api.Reply reply = Api.as(user).get("/api/v1/" + tenant + "/events?scope=" + scope + "&from=2030-01-01");
        assertEquals(200, reply.status(), reply.body());
        return reply.structure().asJsonArray().stream().map(v -> v.asJsonObject().getString("title")).toList();
    }

    @Test
    public void aWebinarSharedWithAllAppearsUnderNationalInEveryProvinceWithItsHost() {
        String title = "Webinar Mobiliteit " + run;
        JsonObject webinar = create("lvkk", body(title, "WEBINAR", "PUBLISHED", "\"sharedWithAllTenants\":true"));
        assertTrue(titles("member@zhvkk.demo", "zhvkk", "national").contains(title));
        assertFalse(titles("member@zhvkk.demo", "zhvkk", "local").contains(title));
        assertTrue(titles("admin@vkkl.demo", "vkkl", "all").contains(title));
        JsonObject seen = Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/events/" + webinar.getString("id")).json();
        assertEquals("lvkk", seen.getString("hostTenant"));
        assertEquals("Landelijke Vereniging voor Kleine Kernen", seen.getString("hostName"));
        assertFalse(seen.getBoolean("own"));
        assertFalse(seen.containsKey("sharedWith") && !seen.isNull("sharedWith"),
                "a guest does not learn with whom else the host shares");
        assertEquals(404, Api.as("admin@zhvkk.demo").putJson("/api/v1/zhvkk/events/" + webinar.getString("id"),
                body("Overgenomen", "WEBINAR", "PUBLISHED", "\"version\":1")).status());
    }

    @Test
    public void draftsAndEventsSharedWithOthersStayWithTheirHostAndUnsharingWithdrawsThem() {
        String draft = "Concept " + run;
        String chosen = "Alleen Zuid-Holland " + run;
        create("lvkk", body(draft, "WEBINAR", "DRAFT", "\"sharedWithAllTenants\":true"));
        JsonObject forZh = create("vkkl", body(chosen, "THEME_MEETING", "PUBLISHED", "\"sharedWith\":[\"zhvkk\"]"));
        assertFalse(titles("admin@zhvkk.demo", "zhvkk", "all").contains(draft));
        assertTrue(titles("admin@lvkk.demo", "lvkk", "local").contains(draft), "the host sees its draft");
        assertTrue(titles("admin@zhvkk.demo", "zhvkk", "national").contains(chosen));
        assertFalse(titles("admin@ovkk.demo", "ovkk", "national").contains(chosen));
        assertEquals(List.of("zhvkk"),
                forZh.getJsonArray("sharedWith").stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList());

        Api.Reply unshared = Api.as("admin@vkkl.demo").putJson("/api/v1/vkkl/events/" + forZh.getString("id"),
                body(chosen, "THEME_MEETING", "PUBLISHED", "\"sharedWith\":[],\"version\":" + forZh.getInt("version")));
        assertEquals(200, unshared.status(), unshared.body());
        assertFalse(titles("admin@zhvkk.demo", "zhvkk", "national").contains(chosen));
        assertEquals(404, Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/events/" + forZh.getString("id")).status());
        assertEquals(409,
                Api.as("admin@vkkl.demo")
                        .putJson("/api/v1/vkkl/events/" + forZh.getString("id"),
                                body(chosen, "THEME_MEETING", "PUBLISHED", "\"version\":" + forZh.getInt("version")))
                        .status());
    }

    @Test
    public void theDemoAgendaSharesLvkksWebinarWithEveryoneAndLimburgsThemeMeetingWithZuidHollandOnly() {
        Api.Reply zuid = Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/events?scope=national");
        assertTrue(zuid.body().contains("Webinar: subsidies voor dorpshuizen"), zuid.body());
        assertTrue(zuid.body().contains("Themabijeenkomst wonen in kleine kernen"), zuid.body());
        Api.Reply oost = Api.as("admin@ovkk.demo").get("/api/v1/ovkk/events?scope=national");
        assertTrue(oost.body().contains("Webinar: subsidies voor dorpshuizen"), oost.body());
        assertFalse(oost.body().contains("Themabijeenkomst wonen in kleine kernen"), oost.body());
        String alv = Database.single(
                "select id from event where tenant_id = 'zhvkk'" + " and title = 'Algemene ledenvergadering voorjaar'");
        Api.Reply prize = Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/events/" + alv + "/prize");
        assertEquals(200, prize.status(), prize.body());
        assertEquals("VOTING", prize.json().getString("phase"), "the demo ALV's prize vote is open");
        assertEquals(3, prize.json().getJsonArray("nominations").size());
    }

    @Test
    public void aMemberContactSeesPublishedEventsOnlyAndCannotWrite() {
        String draft = "Concept Limburg " + run;
        String published = "Oppe Koffie " + run;
        create("vkkl", body(draft, "OPPE_KOFFIE", "DRAFT", null));
        create("vkkl", body(published, "OPPE_KOFFIE", "PUBLISHED", null));
        List<String> seen = titles("member@vkkl.demo", "vkkl", "local");
        assertTrue(seen.contains(published));
        assertFalse(seen.contains(draft));
        assertEquals(403, Api.as("member@vkkl.demo")
                .postJson("/api/v1/vkkl/events", body("Lid", "OTHER", "PUBLISHED", null)).status());
    }

    @Test
    public void theFeedHoldsPublishedEventsSharedOnesIncludedAndParsesBack() throws Exception {
        String shared = "Leefbaarheidslezing " + run;
        String own = "Themabijeenkomst Energie " + run;
        String draft = "Nog geheim " + run;
        JsonObject lecture = create("lvkk", body(shared, "LECTURE", "PUBLISHED", "\"sharedWithAllTenants\":true"));
        create("zhvkk", body(own, "THEME_MEETING", "PUBLISHED", null));
        create("zhvkk", body(draft, "THEME_MEETING", "DRAFT", null));
        Api.Reply feed = Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/events.ics");
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        List<String> summaries = events.stream().map(e -> e.getSummary().getValue()).toList();
        assertTrue(summaries.contains(shared));
        assertTrue(summaries.contains(own));
        assertFalse(summaries.contains(draft));
        VEvent lectureEvent = events.stream().filter(e -> e.getSummary().getValue().equals(shared)).findFirst()
                .orElseThrow();
        assertEquals(lecture.getString("id") + "@dorpskracht", lectureEvent.getUid().orElseThrow().getValue());
        assertTrue(lectureEvent.getDescription().getValue().contains("Landelijke Vereniging voor Kleine Kernen"));
        assertEquals("20300301T183000Z", lectureEvent.getDateTimeStart().getValue(), "19:30 Dutch time is 18:30 UTC");
    }

    @Test
    public void badEventsAreRefusedWithFieldErrorsAndNothingIsStored() {
        Api admin = Api.as("admin@ovkk.demo");
        String[][] cases = {
                { body("Achterstevoren " + run, "WORKSHOP", "DRAFT", null).replace("21:00", "18:00"), "endsAt" },
                { body("Zonder link " + run, "WEBINAR", "DRAFT", null).replaceAll(",\"onlineLink\":\"[^\"]*\"", ""),
                        "onlineLink" },
                { body("Onbekend " + run, "WORKSHOP", "DRAFT", "\"sharedWith\":[\"atlantis\"]"), "sharedWith" },
                { body("Zichzelf " + run, "WORKSHOP", "DRAFT", "\"sharedWith\":[\"ovkk\"]"), "sharedWith" },
                { body("Soort " + run, "BORREL", "DRAFT", null), "type" },
                { body("Tijd " + run, "WORKSHOP", "DRAFT", null).replace("2030-03-01T19:30", "morgen"), "startsAt" } };
        for (String[] bad : cases) {
            Api.Reply reply = admin.postJson("/api/v1/ovkk/events", bad[0]);
            assertEquals(422, reply.status(), reply.body());
            assertTrue(reply.body().contains("\"field\":\"" + bad[1] + "\""), reply.body());
        }
        assertEquals("0", Database.single("select count(*) from event where title like ?", "%" + run));
    }
}
