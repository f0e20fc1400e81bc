package nl.dorpskracht.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The one way a tenant files a mail in another tenant's outbox (V15, {@code record_event_cancelled_mail}): only the
 * host of an event it cancelled, only for a live registration of that event, and always to the address stored with the
 * registration.
 */
class OutboxFilingTest {

    private final JdbcSql transactions = new JdbcSql();

    @Test
    void onlyTheHostOfACancelledEventFilesItsMailInTheRegistrantsOutboxToTheStoredAddress() throws SQLException {
        String event = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String contact = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl", "insert into event (tenant_id, id, type, title,"
                + " starts_at, ends_at, status) values ('vkkl', ?::uuid, 'WEBINAR', 'Afgelast', now() + interval '1 day',"
                + " now() + interval '25 hours', 'PUBLISHED')", event);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into member_organisation (tenant_id, id,"
                + " name, type, municipality) values ('zhvkk', ?::uuid, 'Afgelast Zuid', 'DORPSRAAD', 'Goeree')",
                member);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into contact_person (tenant_id, id,"
                + " organisation_id, name) values ('zhvkk', ?::uuid, ?::uuid, 'Gast')", contact, member);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into registration (tenant_id, id, host_tenant,"
                        + " event_id, contact_id, member_id, attendee_name, attendee_email, organisation_name, status,"
                        + " registered_by, sharing_consent_at) values ('zhvkk', ?::uuid, 'vkkl', ?::uuid, ?::uuid, ?::uuid,"
                        + " 'Gast', 'gast@zhvkk.example', 'Afgelast Zuid', 'CONFIRMED', 'SELF', now())",
                registration, event, contact, member);

        assertNull(file("vkkl", registration), "the event is not cancelled");
        TestDatabase.executeInTenant(TestDatabase.OWNER, "vkkl",
                "update event set status = 'CANCELLED' where tenant_id = 'vkkl' and id = ?::uuid", event);
        assertNull(file("zhvkk", registration), "not the host");
        assertNull(file("ovkk", registration), "not the host");
        assertNull(file("vkkl", UUID.randomUUID().toString()), "no such registration");

        String filed = file("vkkl", registration);
        assertNotNull(filed);
        List<Map<String, Object>> inZhvkk = transactions.inTenant("zhvkk",
                sql -> sql.rows(
                        "select kind, recipient," + " status, message_id from mail_outbox where id = cast(#a0 as uuid)",
                        filed));
        assertEquals(List.of(Map.of("kind", "EVENT_CANCELLED", "recipient", "gast@zhvkk.example", "status", "PENDING",
                "message_id", "<" + filed + "@dorpskracht>")), inZhvkk);
        assertEquals(List.of(),
                transactions.inTenant("vkkl",
                        sql -> sql.rows("select id from mail_outbox where id = cast(#a0 as uuid)", filed)),
                "the host does not see the registrant's outbox");
    }

    private String file(String caller, String registration) {
        return (String) transactions.inTenant(caller,
                sql -> sql.rows("select cast(record_event_cancelled_mail('zhvkk', cast(#a0 as uuid), 'EVENT_CANCELLED"
                        + " for registration x', 'nl', 'Gaat niet door', '<p>Tekst</p>', 'Tekst') as varchar) as id",
                        registration))
                .get(0).get("id");
    }
}
