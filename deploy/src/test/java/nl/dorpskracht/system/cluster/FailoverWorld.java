package nl.dorpskracht.system.cluster;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Endpoint;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TwoInstances;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.testsupport.SqlRows;

/**
 * Arranging and reading back what the failover tests load the cluster with: an event with few places, contact persons
 * in numbers (written with SQL: arranging, not the subject), and what the shared database holds afterwards.
 */
final class FailoverWorld {

    private final TwoInstances cluster;
    private final Endpoint balancer;

    FailoverWorld(TwoInstances cluster, Endpoint balancer) {
        this.cluster = cluster;
        this.balancer = balancer;
    }

    Api admin(String tenant) {
        return Api.of(balancer, "admin@" + tenant + ".demo", RunningDorpskracht.DEMO_PASSWORD);
    }

    /** A published webinar of the tenant with {@code capacity} places, created through the balancer. */
    String event(String tenant, String title, int capacity) {
        Api.Reply created = admin(tenant).postJson("/api/v1/" + tenant + "/events",
                "{\"type\":\"WEBINAR\",\"title\":\"" + title
                        + "\",\"startsAt\":\"2030-03-01T19:30\",\"endsAt\":\"2030-03-01T21:00\","
                        + "\"onlineLink\":\"https://webinar.example/" + UUID.randomUUID()
                        + "\",\"status\":\"PUBLISHED\"," + "\"capacity\":" + capacity + "}");
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** {@code count} contact persons of one active member organisation of the tenant, with their ids. */
    List<String> contacts(String tenant, int count, String prefix) throws SQLException {
        try (Connection superuser = cluster.superuser()) {
            String member = SqlRows.single(superuser,
                    "select id from member_organisation m where tenant_id = ?"
                            + " and status = 'ACTIVE' and exists (select 1 from contact_person c where c.tenant_id ="
                            + " m.tenant_id and c.organisation_id = m.id and c.is_primary and c.erased_at is null)"
                            + " order by name limit 1",
                    tenant);
            SqlRows.execute(superuser,
                    "insert into contact_person (tenant_id, id, organisation_id, name, email)"
                            + " select ?, gen_random_uuid(), ?::uuid, ? || ' ' || n, 'failover' || n || '.'"
                            + " || md5(random()::text) || '@example.org' from generate_series(1, ?) n",
                    tenant, member, prefix, count);
            return SqlRows.rows(superuser,
                    "select id from contact_person where tenant_id = ? and name like ?" + " order by id", tenant,
                    prefix + " %");
        }
    }

    Set<String> memberNames(String tenant, String prefix) throws SQLException {
        try (Connection superuser = cluster.superuser()) {
            return new HashSet<>(SqlRows.rows(superuser,
                    "select name from member_organisation where tenant_id = ? and name like ?", tenant, prefix + "%"));
        }
    }

    Set<String> registrationIds(String eventId) throws SQLException {
        try (Connection superuser = cluster.superuser()) {
            return new HashSet<>(
                    SqlRows.rows(superuser, "select id from registration where event_id = ?::uuid", eventId));
        }
    }

    int registrations(String eventId, String status) throws SQLException {
        try (Connection superuser = cluster.superuser()) {
            return Integer.parseInt(SqlRows.single(superuser,
                    "select count(*) from registration where event_id = ?::uuid and status = ?", eventId, status));
        }
    }

    /** Contact persons registered more than once (not cancelled) for the event: a request carried out twice. */
    int registeredTwice(String eventId) throws SQLException {
        try (Connection superuser = cluster.superuser()) {
            return Integer
                    .parseInt(SqlRows.single(superuser,
                            "select count(*) - count(distinct contact_id)"
                                    + " from registration where event_id = ?::uuid and status <> 'CANCELLED'",
                            eventId));
        }
    }
}
