package nl.dorpskracht.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.events.control.EventPlaces.Claim;
import nl.dorpskracht.events.control.EventPlaces.Occupancy;
import nl.dorpskracht.events.control.EventPlaces.Outcome;
import nl.dorpskracht.events.control.EventPlaces.OutcomeMails;
import nl.dorpskracht.events.control.EventPlaces.Placed;
import nl.dorpskracht.events.control.EventPlaces.Promotion;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.events.entity.Registrant;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places and the waitlist across provinces, decided by the database functions, called as the application role the way
 * the container calls them: South Holland hosts, Overijssel registers for what is shared with it.
 */
class EventPlacesTest {

    private static final String HOST = "zhvkk";
    private static final String GUEST = "ovkk";
    private static final UUID HOST_MEMBER = UUID.randomUUID();
    private static final UUID GUEST_MEMBER = UUID.randomUUID();

    @BeforeAll
    static void members() throws SQLException {
        member(HOST, HOST_MEMBER, "Dorpsraad Goudswaard");
        member(GUEST, GUEST_MEMBER, "Dorpsraad Vollenhove");
    }

    @Test
    void aFullEventPutsTheNextOnTheWaitlistInOrderOfArrivalAcrossProvinces() throws SQLException {
        UUID event = event("capacity, status, shared_with_all", "2, 'PUBLISHED', true", "now() + interval '7 days'");

        assertEquals(new Claim(Outcome.CONFIRMED, null), register(HOST, event));
        assertEquals(new Claim(Outcome.CONFIRMED, null), register(GUEST, event));
        assertEquals(new Claim(Outcome.WAITLISTED, 1), register(HOST, event), "the third of two places waits first");
        assertEquals(new Claim(Outcome.WAITLISTED, 2), register(GUEST, event));

        Occupancy places = inTenant(HOST, p -> p.occupancy(ref(event), null));
        assertEquals(new Occupancy(2, 2, 2, 2), places);
        assertEquals(0, places.free(), "never below zero");
    }

    @Test
    void aCancelledPlaceGoesToTheFirstWaitingWhateverTheirProvince() throws SQLException {
        UUID event = event("capacity, status, shared_with_all", "1, 'PUBLISHED', true", "now() + interval '7 days'");
        UUID first = registered(HOST, event, "CONFIRMED");
        UUID waitingFirst = registered(GUEST, event, "WAITLISTED");
        registered(HOST, event, "WAITLISTED");

        assertEquals(List.of(), inTenant(HOST, p -> p.promoteFromWaitlist(ref(event))), "no place is free yet");
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, HOST,
                "update registration set status = 'CANCELLED' where tenant_id = ? and id = ?", HOST, first);

        assertEquals(List.of(new Promotion(GUEST, waitingFirst)),
                inTenant(HOST, p -> p.promoteFromWaitlist(ref(event))));
        assertEquals(new Occupancy(1, 1, 1, 0), inTenant(HOST, p -> p.occupancy(ref(event), 0L)),
                "nobody waits before the front of the queue");
    }

    @Test
    void aProvinceWithoutRegistrationsCannotPromoteAnother() throws SQLException {
        UUID event = event("capacity, status, shared_with_all", "1, 'PUBLISHED', true", "now() + interval '7 days'");
        registered(HOST, event, "WAITLISTED");
        assertEquals(List.of(), inTenant(GUEST, p -> p.promoteFromWaitlist(ref(event))));
        assertEquals(List.of(HOST),
                inTenant(HOST, p -> p.promoteFromWaitlist(ref(event))).stream().map(Promotion::tenant).toList());
    }

    @Test
    void anEventWithoutCapacityConfirmsEveryoneAndHasNoFreeCount() throws SQLException {
        UUID event = event("status, shared_with_all", "'PUBLISHED', true", "now() + interval '7 days'");
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.CONFIRMED, register(GUEST, event).outcome());
        }
        Occupancy places = inTenant(GUEST, p -> p.occupancy(ref(event), null));
        assertNull(places.free());
        assertEquals(3, places.confirmed());
    }

    @Test
    void aDraftOrUnsharedEventIsNotFoundByAnotherProvinceAndItsPlacesAreNotShown() throws SQLException {
        UUID draft = event("capacity, shared_with_all", "10, true", "now() + interval '7 days'");
        UUID unshared = event("capacity, status", "10, 'PUBLISHED'", "now() + interval '7 days'");

        assertEquals(Outcome.NOT_FOUND, inTenant(HOST, p -> p.claim(ref(draft))).outcome(), "not even the host");
        assertEquals(Outcome.NOT_FOUND, inTenant(GUEST, p -> p.claim(ref(unshared))).outcome());
        assertEquals(Outcome.CONFIRMED, inTenant(HOST, p -> p.claim(ref(unshared))).outcome());
        assertEquals(new Occupancy(0, 0, 0, 0), inTenant(GUEST, p -> p.occupancy(ref(unshared), null)));
        assertEquals(new Occupancy(10, 0, 0, 0), inTenant(HOST, p -> p.occupancy(ref(draft), null)),
                "the host sees its own draft");
    }

    @Test
    void registrationClosesAtTheDeadline() throws SQLException {
        UUID closed = event("capacity, status, shared_with_all, registration_deadline",
                "10, 'PUBLISHED', true, now() - interval '1 minute'", "now() + interval '7 days'");
        UUID started = event("status", "'PUBLISHED'", "now() - interval '1 minute'");
        assertEquals(Outcome.CLOSED, inTenant(GUEST, p -> p.claim(ref(closed))).outcome());
        assertEquals(Outcome.CLOSED, inTenant(HOST, p -> p.claim(ref(started))).outcome(),
                "without a deadline, the start closes it");
    }

    @Test
    void oneStatementDecidesThePlaceAndWritesRegistrationAuditAndMailInArrivalOrderUnderContention() throws Exception {
        UUID event = event("capacity, status, shared_with_all", "3, 'PUBLISHED', true", "now() + interval '7 days'");
        int registrants = 12;
        List<Registration> prepared = new java.util.ArrayList<>();
        Map<UUID, String> tenantOf = new java.util.HashMap<>();
        for (int i = 0; i < registrants; i++) {
            String tenant = i % 2 == 0 ? HOST : GUEST;
            Registrant registrant = new Registrant(contact(tenant), member(tenant), "Deelnemer " + i,
                    "deelnemer" + i + "@example.org", "Dorpsraad", true);
            prepared.add(new Registration(ref(event), registrant, RegistrationStatus.WAITLISTED,
                    Registration.RegisteredBy.ADMIN, !HOST.equals(tenant)));
            tenantOf.put(prepared.get(i).id(), tenant);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(registrants);
        List<java.util.concurrent.Future<Placed>> futures = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < registrants; i++) {
            Registration registration = prepared.get(i);
            String tenant = i % 2 == 0 ? HOST : GUEST;
            futures.add(pool.submit(() -> {
                start.await();
                return inTenant(tenant, p -> p.register(registration, audit("CONFIRMED"), audit("WAITLISTED"),
                        java.util.Optional.of(mails(registration))));
            }));
        }
        start.countDown();
        Map<UUID, Placed> placed = new java.util.HashMap<>();
        for (int i = 0; i < registrants; i++) {
            placed.put(prepared.get(i).id(), futures.get(i).get());
        }
        pool.shutdown();

        List<Placed> inQueue = placed.values().stream().sorted(java.util.Comparator.comparing(Placed::queueOrder))
                .toList();
        for (int i = 0; i < registrants; i++) {
            Placed one = inQueue.get(i);
            assertEquals(i < 3 ? Outcome.CONFIRMED : Outcome.WAITLISTED, one.outcome(), "first come, first served");
            assertEquals(i < 3 ? null : i - 2, one.waitlistPosition(), "the position is the order of arrival");
        }
        for (Map.Entry<UUID, Placed> one : placed.entrySet()) {
            String tenant = tenantOf.get(one.getKey());
            Map<String, Object> row = new nl.dorpskracht.testsupport.JdbcSql().inTenant(tenant, sql -> sql
                    .rows("select r.status, a.changes, m.kind, m.text_body, m.html_body, m.label, m.message_id"
                            + " from registration r join audit_entry a on a.entity_id = r.id::text"
                            + " and a.entity_type = 'Registration' join mail_outbox m on m.label like '%' || r.id::text"
                            + " where r.id = cast(#a0 as uuid)", one.getKey().toString()))
                    .get(0);
            Placed got = one.getValue();
            assertEquals(got.outcome().name(), row.get("status"));
            assertTrue(((String) row.get("changes")).contains(got.outcome().name()), "the audit names the outcome");
            if (got.outcome() == Outcome.CONFIRMED) {
                assertEquals("CONFIRMATION", row.get("kind"));
                assertEquals("Bevestigd " + one.getKey(), row.get("text_body"));
            } else {
                assertEquals("WAITLIST", row.get("kind"));
                assertEquals("Nummer " + got.waitlistPosition() + " voor " + one.getKey(), row.get("text_body"));
                assertEquals("<p>Nummer " + got.waitlistPosition() + "</p>", row.get("html_body"));
            }
        }
    }

    @Test
    void aClaimThatFindsNoEventWritesNothing() throws SQLException {
        UUID draft = event("capacity, shared_with_all", "10, true", "now() + interval '7 days'");
        Registration registration = new Registration(ref(draft),
                new Registrant(contact(GUEST), member(GUEST), "Deelnemer", "d@example.org", "Dorpsraad", true),
                RegistrationStatus.WAITLISTED, Registration.RegisteredBy.ADMIN, true);
        Placed placed = inTenant(GUEST, p -> p.register(registration, audit("CONFIRMED"), audit("WAITLISTED"),
                java.util.Optional.of(mails(registration))));
        assertEquals(new Placed(Outcome.NOT_FOUND, null, null), placed);
        assertEquals(List.of(Map.of("n", 0L)),
                new nl.dorpskracht.testsupport.JdbcSql().inTenant(GUEST,
                        sql -> sql.rows(
                                "select (select count(*) from registration where id = cast(#a0 as uuid))"
                                        + " + (select count(*) from audit_entry where entity_id = #a1)"
                                        + " + (select count(*) from mail_outbox where label like #a2) as n",
                                registration.id().toString(), registration.id().toString(), "%" + registration.id())));
    }

    private static nl.dorpskracht.security.audit.control.AuditLog.Prepared audit(String status) {
        return new nl.dorpskracht.security.audit.control.AuditLog.Prepared("admin@test",
                "{\"status\":{\"before\":null,\"after\":\"" + status + "\"}}");
    }

    private static OutcomeMails mails(Registration registration) {
        UUID id = registration.id();
        return new OutcomeMails(
                new OutgoingMail("CONFIRMATION for registration " + id, registration.attendeeEmail(), "Bevestigd",
                        "Bevestigd " + id, "<p>Bevestigd</p>", java.util.Optional.empty(), null),
                new OutgoingMail("WAITLIST for registration " + id, registration.attendeeEmail(), "Wachtlijst",
                        "Nummer 2.000.000.011 voor " + id, "<p>Nummer 2.000.000.011</p>", java.util.Optional.empty(),
                        null),
                "2.000.000.011", ".");
    }

    /** Claims a place and writes the registration in one transaction, as the registration service does. */
    private static Claim register(String tenant, UUID event) throws SQLException {
        return JdbcSqlWithRegistration.claimAndRegister(tenant, event);
    }

    private static UUID registered(String tenant, UUID event, String status) throws SQLException {
        UUID contact = contact(tenant);
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, tenant,
                "insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id, attendee_name,"
                        + " organisation_name, status, registered_by, sharing_consent_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'Deelnemer', 'Dorpsraad', ?, 'SELF', now())",
                tenant, id, HOST, event, contact, member(tenant), status);
        return id;
    }

    private static <T> T inTenant(String tenant, Function<EventPlaces, T> work) {
        return new JdbcSql().inTenant(tenant, sql -> work.apply(places(sql)));
    }

    static EventPlaces places(Sql sql) {
        EventPlaces places = new EventPlaces();
        places.functions = new TransactionFunctions() {
            @Override
            public List<Map<String, Object>> rows(String statement, Object... arguments) {
                return sql.rows(statement, arguments);
            }
        };
        return places;
    }

    private static EventRef ref(UUID event) {
        return new EventRef(HOST, event);
    }

    private static UUID event(String columns, String values, String startsAt) throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant(TestDatabase.OWNER, HOST,
                "insert into event (tenant_id, id, type, title, starts_at, ends_at, " + columns + ") values (?, ?,"
                        + " 'WEBINAR', 'Energie in de kern', " + startsAt + ", " + startsAt + " + interval '2 hours', "
                        + values + ")",
                HOST, id);
        return id;
    }

    private static void member(String tenant, UUID id, String name) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into member_organisation (tenant_id, id, name, type, municipality) values (?, ?, ?,"
                        + " 'DORPSRAAD', 'Hoeksche Waard')",
                tenant, id, name);
    }

    static UUID member(String tenant) {
        return HOST.equals(tenant) ? HOST_MEMBER : GUEST_MEMBER;
    }

    static UUID contact(String tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into contact_person (tenant_id, id, organisation_id, name) values (?, ?, ?, 'Deelnemer')",
                tenant, id, member(tenant));
        return id;
    }

    /** The claim and the insert in the same transaction, so the next claim counts this registration. */
    private static final class JdbcSqlWithRegistration {
        static Claim claimAndRegister(String tenant, UUID event) throws SQLException {
            UUID contact = contact(tenant);
            return new JdbcSql().inTenant(tenant, sql -> {
                Claim claim = places(sql).claim(ref(event));
                assertTrue(claim.outcome() == Outcome.CONFIRMED || claim.outcome() == Outcome.WAITLISTED,
                        claim::toString);
                sql.rows(
                        "insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id,"
                                + " attendee_name, organisation_name, status, registered_by, sharing_consent_at)"
                                + " values (#a0, cast(#a1 as uuid), #a2, cast(#a3 as uuid), cast(#a4 as uuid),"
                                + " cast(#a5 as uuid), 'Deelnemer', 'Dorpsraad', #a6, 'SELF', now()) returning id",
                        tenant, UUID.randomUUID().toString(), HOST, event.toString(), contact.toString(),
                        member(tenant).toString(), claim.outcome().name());
                return claim;
            });
        }
    }
}
