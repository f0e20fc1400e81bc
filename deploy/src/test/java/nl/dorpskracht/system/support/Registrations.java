package nl.dorpskracht.system.support;

import nl.dorpskracht.system.events.EventsIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Arranging registrations: events with places, and contact persons in numbers. */
public final class Registrations {

    private Registrations() {
    }

    /** A published event of the host, with places, starting in 2030, shared as given (null: not shared). */
    public static JsonObject event(String host, String title, Integer capacity, String sharing) {
        String body = "{\"type\":\"WEBINAR\",\"title\":\"" + title + "\",\"startsAt\":\"2030-03-01T19:30\","
                + "\"endsAt\":\"2030-03-01T21:00\",\"onlineLink\":\"https://webinar.example/" + UUID.randomUUID()
                + "\",\"status\":\"PUBLISHED\"" + (capacity == null ? "" : ",\"capacity\":" + capacity)
                + (sharing == null ? "" : "," + sharing) + "}";
        return EventsIT.create(host, body);
    }

    public static JsonObject sharedWithAll(String host, String title, Integer capacity) {
        return event(host, title, capacity, "\"sharedWithAllTenants\":true");
    }

    /**
     * Contact persons of an active member organisation of the tenant (one with a primary contact), with or without
     * consent to share with other tenants; written directly (arranging, not the subject).
     */
    public static List<String> contacts(String tenant, int count, boolean sharingConsent, String namePrefix) {
        // an organisation with its primary contact, as the product keeps them: an export imported back then leaves
        // these arranged contacts as they are (MemberImportIT), whichever suite runs first
        String member = Database.single("select id from member_organisation m where tenant_id = ? and status = 'ACTIVE'"
                + " and exists (select 1 from contact_person c where c.tenant_id = m.tenant_id"
                + " and c.organisation_id = m.id and c.is_primary and c.erased_at is null) order by name limit 1",
                tenant);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            Database.execute(
                    "insert into contact_person (tenant_id, id, organisation_id, name, email,"
                            + " sharing_consent_on) values (?, ?::uuid, ?::uuid, ?, ?, "
                            + (sharingConsent ? "current_date" : "null") + ")",
                    tenant, id, member, namePrefix + " " + i,
                    "deelnemer" + i + "." + id.substring(0, 8) + "@" + tenant + ".example");
            ids.add(id);
        }
        return ids;
    }

    public static Api.Reply registerContact(String tenant, String eventId, String contactId) {
        return Api.as("admin@" + tenant + ".demo").postJson(
                "/api/v1/" + tenant + "/events/" + eventId + "/registrations", "{\"contactId\":\"" + contactId + "\"}");
    }

    public static JsonObject registered(String tenant, String eventId, String contactId) {
        Api.Reply reply = registerContact(tenant, eventId, contactId);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static Api.Reply registerSelf(String tenant, String eventId, boolean consent) {
        return Api.as("member@" + tenant + ".demo").postJson(
                "/api/v1/" + tenant + "/events/" + eventId + "/registrations", "{\"consentToShare\":" + consent + "}");
    }

    public static JsonObject attendance(String host, String eventId) {
        Api.Reply reply = Api.as("admin@" + host + ".demo")
                .get("/api/v1/" + host + "/events/" + eventId + "/attendees");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    public static String statusInDatabase(String registrationId) {
        return Database.single("select status from registration where id = ?::uuid", registrationId);
    }
}
