package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.ReadinessSampler;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.WriteLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.dorpskracht.testsupport.FreePort;
import nl.dorpskracht.testsupport.SqlRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Production mode: an external PostgreSQL prepared as the README says, with role names that exist only in this test's
 * configuration. The application migrates as the owner and works as the application role, and rides out a restart of
 * that PostgreSQL under load. One start of the jar for both (the throttling check comes last: it blocks this address).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ExternalDatabaseIT {

    private static final String OWNER = "extern_eigenaar";
    private static final String APPLICATION = "extern_toepassing";
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);

    private static Path work;
    private static int port;
    private static EmbeddedPostgres database;
    private static RunningDorpskracht server;

    @BeforeAll
    public static void startOnAnExternalDatabase() throws IOException, SQLException {
        work = RunningDorpskracht.newWorkDirectory();
        port = FreePort.find();
        database = externalDatabase();
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'eigenaar-geheim' nosuperuser nocreaterole"
                    + " nocreatedb nobypassrls");
            sql.execute("create role " + APPLICATION + " login password 'toepassing-geheim' nosuperuser"
                    + " nocreaterole nocreatedb nobypassrls");
            sql.execute("create database dorpskracht owner " + OWNER);
        }
        server = RunningDorpskracht.start(work,
                Map.of("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/dorpskracht",
                        "DORPSKRACHT_DB_USER", APPLICATION, "DORPSKRACHT_DB_PASSWORD", "toepassing-geheim",
                        "DORPSKRACHT_DB_OWNER_USER", OWNER, "DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar-geheim"));
    }

    @AfterAll
    public static void stop() throws IOException {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    public void anExternalPostgresRestartedUnderLoadIsRecoveredWithoutRestartingTheApplication() throws Exception {
        try (ReadinessSampler readiness = ReadinessSampler.start(server);
                WriteLoad load = WriteLoad.start(server, "zhvkk", "admin@zhvkk.demo", 4, Duration.ofMinutes(5))) {
            load.awaitAcknowledged(40, Duration.ofMinutes(1));
            database.close();
            long stoppedAt = System.nanoTime();
            // an outage of a known length, not a wait for something: the load runs into it meanwhile
            Thread.sleep(2000);
            database = externalDatabase();
            awaitTrue(() -> load.recoveredAfter(stoppedAt).isPresent(), "writes fail, then succeed again");
            long recovery = load.recoveredAfter(stoppedAt).getAsLong();
            load.awaitAcknowledged(40, Duration.ofMinutes(1));
            load.close();
            readiness.close();
            Set<String> present = new HashSet<>();
            try (Connection superuser = database.getDatabase("postgres", "dorpskracht").getConnection()) {
                present.addAll(SqlRows.rows(superuser,
                        "select name from member_organisation where tenant_id = ? and name like ?", "zhvkk",
                        "Storing zhvkk %"));
            }
            List<String> lost = load.acknowledged().stream().filter(name -> !present.contains(name)).toList();
            System.out.printf(
                    "FAULT external PostgreSQL stopped 2 s and started again under load: acknowledged %d, "
                            + "lost %d, refused or failed %d, served again %d ms after the stop, readiness "
                            + "UP %d / DOWN %d%n",
                    load.acknowledged().size(), lost.size(), load.failed(), TimeUnit.NANOSECONDS.toMillis(recovery),
                    readiness.up(), readiness.down());
            assertTrue(lost.isEmpty(), "writes answered 201 and lost: " + lost.size());
            assertTrue(readiness.down() > 0, "readiness said DOWN while the database was gone");
            assertTrue(server.alive(), "the application was not restarted");
        }
    }

    @Test
    @Order(2)
    public void theJarRunsOnAnExternalDatabaseWithConfiguredRoles() throws Exception {
        Api vkkl = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        String name = "Dorpsraad Extern " + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = vkkl.postJson("/api/v1/vkkl/members", Members.body(name, "DORPSRAAD", "Venlo"));
        assertEquals(201, created.status(), created.body());
        assertEquals(0, Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/zhvkk/members?q=Extern").json().getInt("total"));

        try (Connection superuser = database.getDatabase("postgres", "dorpskracht").getConnection()) {
            assertEquals(OWNER, SqlRows.single(superuser,
                    "select tableowner from pg_tables where tablename = 'member_organisation' and schemaname = 'public'"));
            assertEquals("0",
                    SqlRows.single(superuser, "select count(*) from pg_tables where tableowner = ?", APPLICATION));
        }
        assertTrue(!Files.readString(server.log()).contains("Embedded PostgreSQL listening"),
                "no embedded database in external mode");
    }

    /** Per address: many failed logins for different (invented) accounts block every login from that address. */
    @Test
    @Order(3)
    public void theAddressIsThrottledAfterManyFailures() {
        for (int attempt = 0; attempt < 30; attempt++) {
            Api.Reply refused = Api.of(server, "raden" + attempt + "@example.org", "x").get("/api/v1/vkkl/members");
            assertEquals(401, refused.status());
        }
        Api.Reply blocked = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/vkkl/members");
        assertEquals(429, blocked.status(), blocked.body());
    }

    private static EmbeddedPostgres externalDatabase() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(work.resolve("external")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long until = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + RECOVERY_LIMIT + ": " + what);
            }
            Thread.sleep(100);
        }
    }
}
