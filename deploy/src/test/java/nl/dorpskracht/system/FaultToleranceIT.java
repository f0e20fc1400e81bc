package nl.dorpskracht.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import nl.dorpskracht.testsupport.FreePort;

/**
 * Faults an operator meets, against the built jar: PostgreSQL killed while administrators write, the application
 * killed, a database port held by another server, an HTTP port taken, an external PostgreSQL restarted under load. What
 * is answered 2xx must be there afterwards, and the service must come back by itself. Figures are printed for
 * BENCHMARKS.md (lines starting with "FAULT"); no assertion is on time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);
    private static Path work;
    private static RunningDorpskracht server;

    @BeforeAll
    static void start() {
        work = RunningDorpskracht.newWorkDirectory();
        server = RunningDorpskracht.start(work, Map.of());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void everyWriteAnsweredBeforePostgresIsKilledIsKeptAndTheServiceResumesByItself() throws Exception {
        long killedPostmaster = postmasterPid();
        long killedAt;
        List<String> acknowledged;
        Duration recovery;
        try (ReadinessSampler readiness = ReadinessSampler.start(server);
                WriteLoad load = WriteLoad.start(server, "vkkl", "admin@vkkl.demo", 4, Duration.ofMinutes(5))) {
            load.awaitAcknowledged(40, Duration.ofMinutes(1));
            ProcessHandle.of(killedPostmaster).orElseThrow().destroyForcibly();
            killedAt = System.nanoTime();
            awaitTrue(() -> load.recoveredAfter(killedAt).isPresent(), RECOVERY_LIMIT,
                    "writes fail, then succeed again");
            recovery = Duration.ofNanos(load.recoveredAfter(killedAt).getAsLong());
            load.awaitAcknowledged(40, Duration.ofMinutes(1));
            load.close();
            readiness.close();
            acknowledged = load.acknowledged();
            Set<String> present = namesPresent("vkkl", "Storing vkkl ");
            List<String> lost = acknowledged.stream().filter(name -> !present.contains(name)).toList();
            System.out.printf("FAULT kill -9 of PostgreSQL during writes: acknowledged %d, present %d, lost %d, "
                    + "refused or failed %d (5xx %d, of which 500 %d), served again %d ms after the kill, readiness "
                    + "UP %d / DOWN %d%n", acknowledged.size(), present.size(), lost.size(), load.failed(),
                    load.serverErrors(), load.internalErrors(), recovery.toMillis(), readiness.up(), readiness.down());
            assertTrue(lost.isEmpty(), "writes answered 201 and lost: " + lost.size());
            assertTrue(readiness.down() > 0, "readiness said DOWN while the database was gone");
            assertTrue(readiness.downBodies().stream().anyMatch(body -> body.contains("\"reason\"")),
                    "readiness said why: " + readiness.downBodies());
        }
        assertNotEquals(killedPostmaster, postmasterPid(), "a new postmaster serves");
        assertEquals(200, Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/vkkl/members?size=1").status());
    }

    @Test
    @Order(2)
    void aKilledApplicationLeavesAnOrphanThatTheNextStartStopsBeforeServingTheSameData() throws Exception {
        int before = memberCount();
        long orphan = postmasterPid();
        server.kill();
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "PostgreSQL outlives a kill -9 of the application");
        long restarting = System.nanoTime();
        server = RunningDorpskracht.start(work, Map.of());
        System.out.printf("FAULT kill -9 of the application: next start ready after %d ms%n",
                Duration.ofNanos(System.nanoTime() - restarting).toMillis());
        assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
        assertNotEquals(orphan, postmasterPid());
        assertEquals(before, memberCount(), "the same data");
        assertTrue(Files.readString(server.log()).contains("of an earlier run"), "the takeover is logged");
    }

    @Test
    @Order(3)
    void aDatabasePortHeldByAServerThatIsNotOursIsARefusalToStart() throws Exception {
        int port = server.databasePort();
        Path other = RunningDorpskracht.newWorkDirectory();
        Process refused = startExpectingExit(other, Map.of("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(port)),
                FreePort.find());
        String output = Files.readString(other.resolve("out.log"));
        assertEquals(1, refused.exitValue(), output);
        assertTrue(output.contains("Dorpskracht did not start"), output);
        assertTrue(output.contains("in use by another server"), output);
        assertFalse(Files.exists(other.resolve("data/pgdata/PG_VERSION")), "no database of its own was used");
    }

    @Test
    @Order(4)
    void stoppingTheApplicationStopsItsDatabase() throws Exception {
        long postmaster = postmasterPid();
        server.stop();
        server = null;
        awaitTrue(() -> !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), Duration.ofSeconds(30),
                "PostgreSQL stopped with the application");
    }

    @Test
    @Order(5)
    void anHttpPortThatIsTakenEndsTheStartAtOnceWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path other = RunningDorpskracht.newWorkDirectory();
            Process refused = startExpectingExit(other, Map.of(), taken.getLocalPort());
            String output = Files.readString(other.resolve("out.log"));
            assertEquals(1, refused.exitValue(), output);
            assertTrue(output.contains("HTTP port " + taken.getLocalPort() + " is already in use"), output);
        }
    }

    @Test
    @Order(6)
    void anExternalPostgresRestartedUnderLoadIsRecoveredWithoutRestartingTheApplication() throws Exception {
        Path external = RunningDorpskracht.newWorkDirectory();
        int port = FreePort.find();
        EmbeddedPostgres database = externalDatabase(external, port);
        RunningDorpskracht application = null;
        try {
            prepareRoles(database);
            application = RunningDorpskracht.start(external,
                    Map.of("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/dorpskracht",
                            "DORPSKRACHT_DB_USER", "extern_app", "DORPSKRACHT_DB_PASSWORD", "app-geheim",
                            "DORPSKRACHT_DB_OWNER_USER", "extern_owner", "DORPSKRACHT_DB_OWNER_PASSWORD",
                            "owner-geheim"));
            try (ReadinessSampler readiness = ReadinessSampler.start(application); WriteLoad load = WriteLoad
                    .start(application, "zhvkk", "admin@zhvkk.demo", 4, Duration.ofMinutes(5))) {
                load.awaitAcknowledged(40, Duration.ofMinutes(1));
                database.close();
                long stoppedAt = System.nanoTime();
                Thread.sleep(2000);
                database = externalDatabase(external, port);
                awaitTrue(() -> load.recoveredAfter(stoppedAt).isPresent(), RECOVERY_LIMIT,
                        "writes fail, then succeed again");
                long recovery = load.recoveredAfter(stoppedAt).getAsLong();
                load.awaitAcknowledged(40, Duration.ofMinutes(1));
                load.close();
                readiness.close();
                Set<String> present = new HashSet<>();
                try (Connection superuser = database.getDatabase("postgres", "dorpskracht").getConnection()) {
                    present.addAll(names(superuser, "zhvkk", "Storing zhvkk "));
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
                assertTrue(application.alive(), "the application was not restarted");
            }
        } finally {
            if (application != null) {
                application.stop();
            }
            database.close();
        }
    }

    private static EmbeddedPostgres externalDatabase(Path work, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(work.resolve("external")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    private static void prepareRoles(EmbeddedPostgres database) throws SQLException {
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role extern_owner login password 'owner-geheim' nosuperuser nocreaterole nocreatedb "
                    + "nobypassrls");
            sql.execute("create role extern_app login password 'app-geheim' nosuperuser nocreaterole nocreatedb "
                    + "nobypassrls");
            sql.execute("create database dorpskracht owner extern_owner");
        }
    }

    /** Starts the jar on {@code httpPort} and waits for it to end by itself (it must: these starts are refusals). */
    private static Process startExpectingExit(Path work, Map<String, String> environment, int httpPort)
            throws IOException, InterruptedException {
        Process process = RunningDorpskracht.jarProcess(work, httpPort, FreePort.find(), environment, List.of())
                .redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile()).start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the start did not end by itself; see " + work.resolve("out.log"));
        }
        return process;
    }

    private static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(work.resolve("data/pgdata/postmaster.pid")).get(0).trim());
    }

    private static int memberCount() throws SQLException {
        try (Connection superuser = server.superuser(); Statement sql = superuser.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from member_organisation")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Set<String> namesPresent(String tenant, String prefix) throws SQLException {
        try (Connection superuser = server.superuser()) {
            return names(superuser, tenant, prefix);
        }
    }

    private static Set<String> names(Connection superuser, String tenant, String prefix) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement select = superuser
                .prepareStatement("select name from member_organisation where tenant_id = ? and name like ?")) {
            select.setString(1, tenant);
            select.setString(2, prefix + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration limit, String what) {
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
