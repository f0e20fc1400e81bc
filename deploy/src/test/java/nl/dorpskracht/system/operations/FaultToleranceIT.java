package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.ReadinessSampler;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.WriteLoad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
import nl.dorpskracht.testsupport.SqlRows;

/**
 * Faults an operator meets, against the built jar: PostgreSQL killed while administrators write, the application
 * killed, a database port held by another server, a stop and a restart on the same data, an HTTP port taken (an
 * external PostgreSQL restarted under load: {@link ExternalDatabaseIT}). What is answered 2xx must be there afterwards,
 * and the service must come back by itself. Figures are printed for BENCHMARKS.md (lines starting with "FAULT"); no
 * assertion is on time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class FaultToleranceIT {

    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);
    private static Path work;
    private static RunningDorpskracht server;
    private static String keptOverRestart;
    private static int membersBeforeRestart;

    @BeforeAll
    public static void start() {
        work = RunningDorpskracht.newWorkDirectory();
        server = RunningDorpskracht.start(work, Map.of());
    }

    @AfterAll
    public static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    public void everyWriteAnsweredBeforePostgresIsKilledIsKeptAndTheServiceResumesByItself() throws Exception {
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
            // an outage is answered 503 DATABASE_UNAVAILABLE, the login too; only a commit cut off midway is a fault
            // the application cannot name, at most one per writer
            assertTrue(load.internalErrors() <= 4, "500s during the outage: " + load.internalErrors());
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
    public void aKilledApplicationLeavesAnOrphanThatTheNextStartStopsBeforeServingTheSameData() throws Exception {
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
    public void aDatabasePortHeldByAServerThatIsNotOursIsARefusalToStart() throws Exception {
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
    public void stoppingTheApplicationStopsItsDatabase() throws Exception {
        Api admin = Api.of(server, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        Api.Reply created = admin.postJson("/api/v1/ovkk/members",
                Json.createObjectBuilder().add("name", "Dorpsraad Herstart").add("type", "DORPSRAAD")
                        .add("municipality", "Dalfsen").build().toString());
        assertEquals(201, created.status(), created.body());
        keptOverRestart = created.json().getString("id");
        membersBeforeRestart = admin.get("/api/v1/ovkk/members?size=1").json().getInt("total");

        long postmaster = postmasterPid();
        server.stop();
        server = null;
        awaitTrue(() -> !ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), Duration.ofSeconds(30),
                "PostgreSQL stopped with the application");
    }

    /** The embedded default keeps its data in the data directory: a restart loses nothing and seeds nothing twice. */
    @Test
    @Order(5)
    public void aRestartOnTheSameDataDirectoryKeepsEverythingAndSeedsNoDuplicates() {
        assumeTrue(keptOverRestart != null, "the member written before the stop");
        server = RunningDorpskracht.start(work, Map.of());
        Api admin = Api.of(server, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        Api.Reply read = admin.get("/api/v1/ovkk/members/" + keptOverRestart);
        assertEquals(200, read.status(), read.body());
        assertEquals("Dorpsraad Herstart", read.json().getString("name"));
        assertEquals(membersBeforeRestart, admin.get("/api/v1/ovkk/members?size=1").json().getInt("total"),
                "demo members are not seeded a second time");
        registeringWithoutAnSmtpHostLogsOneLineWithoutPersonalData();
    }

    /** This instance has no SMTP host: the registration works, the mail is a log line naming only the registration. */
    private static void registeringWithoutAnSmtpHostLogsOneLineWithoutPersonalData() {
        String event = Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .postJson("/api/v1/zhvkk/events",
                        "{\"type\":\"OPPE_KOFFIE\",\"title\":\"Koffie zonder mail\","
                                + "\"startsAt\":\"2030-05-01T10:00\",\"endsAt\":\"2030-05-01T12:00\","
                                + "\"location\":\"Dorpshuis\",\"status\":\"PUBLISHED\"}")
                .json().getString("id");
        Api.Reply registered = Api.of(server, "member@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .postJson("/api/v1/zhvkk/events/" + event + "/registrations", "{\"consentToShare\":false}");
        assertEquals(201, registered.status(), registered.body());
        String expected = "Mail CONFIRMATION for registration " + registered.json().getString("id")
                + " not sent: no SMTP host configured";
        awaitTrue(() -> log().contains(expected), Duration.ofSeconds(20), "logged: " + expected);
        assertFalse(log().contains("member@zhvkk.demo"), "no address in the log");
    }

    private static String log() {
        try {
            return Files.readString(server.log());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(6)
    public void anHttpPortThatIsTakenEndsTheStartAtOnceWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path other = RunningDorpskracht.newWorkDirectory();
            Process refused = startExpectingExit(other, Map.of(), taken.getLocalPort());
            String output = Files.readString(other.resolve("out.log"));
            assertEquals(1, refused.exitValue(), output);
            assertTrue(output.contains("HTTP port " + taken.getLocalPort() + " is already in use"), output);
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
        try (Connection superuser = server.superuser()) {
            return Integer.parseInt(SqlRows.single(superuser, "select count(*) from member_organisation"));
        }
    }

    private static Set<String> namesPresent(String tenant, String prefix) throws SQLException {
        try (Connection superuser = server.superuser()) {
            return new HashSet<>(SqlRows.rows(superuser,
                    "select name from member_organisation where tenant_id = ? and name like ?", tenant, prefix + "%"));
        }
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
