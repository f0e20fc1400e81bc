package nl.dorpskracht.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Production mode: an external PostgreSQL prepared as the README says, with role names that exist only in this test's
 * configuration. The application migrates as the owner and works as the application role.
 */
class ExternalDatabaseIT {

    private static final String OWNER = "extern_eigenaar";
    private static final String APPLICATION = "extern_toepassing";

    @Test
    void theJarRunsOnAnExternalDatabaseWithConfiguredRoles() throws Exception {
        Path work = RunningDorpskracht.newWorkDirectory();
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external"))
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            try (Connection admin = external.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                sql.execute("create role " + OWNER + " login password 'eigenaar-geheim' nosuperuser nocreaterole"
                        + " nocreatedb nobypassrls");
                sql.execute("create role " + APPLICATION + " login password 'toepassing-geheim' nosuperuser"
                        + " nocreaterole nocreatedb nobypassrls");
                sql.execute("create database dorpskracht owner " + OWNER);
            }
            String url = "jdbc:postgresql://127.0.0.1:" + external.getPort() + "/dorpskracht";
            RunningDorpskracht server = RunningDorpskracht.start(work,
                    Map.of("DORPSKRACHT_DB_URL", url, "DORPSKRACHT_DB_USER", APPLICATION, "DORPSKRACHT_DB_PASSWORD",
                            "toepassing-geheim", "DORPSKRACHT_DB_OWNER_USER", OWNER, "DORPSKRACHT_DB_OWNER_PASSWORD",
                            "eigenaar-geheim"));
            try {
                Api vkkl = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
                String name = "Dorpsraad Extern " + UUID.randomUUID().toString().substring(0, 6);
                Api.Reply created = vkkl.postJson("/api/v1/vkkl/members", Members.body(name, "DORPSRAAD", "Venlo"));
                assertEquals(201, created.status(), created.body());
                assertEquals(0, Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                        .get("/api/v1/zhvkk/members?q=Extern").json().getInt("total"));

                try (Connection superuser = external.getDatabase("postgres", "dorpskracht").getConnection();
                        Statement sql = superuser.createStatement()) {
                    assertEquals(OWNER,
                            single(sql, "select tableowner from pg_tables where tablename = 'member_organisation'"
                                    + " and schemaname = 'public'"));
                    assertEquals("0",
                            single(sql, "select count(*) from pg_tables where tableowner = '" + APPLICATION + "'"));
                }
                assertTrue(EmbeddedDatabaseNotStarted.in(server.log()), "no embedded database in external mode");
                theAddressIsThrottledAfterManyFailures(server);
            } finally {
                server.stop();
            }
        }
    }

    /** Per address: many failed logins for different (invented) accounts block every login from that address. */
    private static void theAddressIsThrottledAfterManyFailures(RunningDorpskracht server) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Api.Reply refused = Api.of(server, "raden" + attempt + "@example.org", "x").get("/api/v1/vkkl/members");
            assertEquals(401, refused.status());
        }
        Api.Reply blocked = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/vkkl/members");
        assertEquals(429, blocked.status(), blocked.body());
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static final class EmbeddedDatabaseNotStarted {
        static boolean in(Path log) throws java.io.IOException {
            return !java.nio.file.Files.readString(log).contains("Embedded PostgreSQL listening");
        }
    }
}
