package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.dorpskracht.testsupport.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Cluster mode: two instances of the jar on one external PostgreSQL, each given the other as the only member, form one
 * data grid whose port listens on the configured interface alone. A setting that cannot describe a cluster refuses to
 * start. A form login made on one instance holds on the other after the first is killed (the last test: it kills).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ClusterModeIT {

    private static final Duration JOIN_LIMIT = Duration.ofMinutes(2);

    private static Path work;
    private static EmbeddedPostgres database;
    private static final int[] GRID_PORTS = { FreePort.find(), FreePort.find() };
    private static final RunningDorpskracht[] INSTANCES = new RunningDorpskracht[2];

    @BeforeAll
    public static void startTwoInstancesOnOneDatabase() throws IOException, SQLException {
        work = RunningDorpskracht.newWorkDirectory();
        database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external"))
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role cluster_eigenaar login password 'eigenaar-geheim' nosuperuser nocreaterole"
                    + " nocreatedb nobypassrls");
            sql.execute("create role cluster_toepassing login password 'toepassing-geheim' nosuperuser"
                    + " nocreaterole nocreatedb nobypassrls");
            sql.execute("create database dorpskracht owner cluster_eigenaar");
        }
        for (int instance = 0; instance < INSTANCES.length; instance++) {
            INSTANCES[instance] = RunningDorpskracht.start(work.resolve("instance-" + instance),
                    clusterEnvironment(instance));
        }
    }

    /** The environment of instance {@code index} of two, as the README describes it. */
    public static Map<String, String> clusterEnvironment(int index) {
        Map<String, String> environment = new HashMap<>(Map.of("DORPSKRACHT_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + database.getPort() + "/dorpskracht", "DORPSKRACHT_DB_USER",
                "cluster_toepassing", "DORPSKRACHT_DB_PASSWORD", "toepassing-geheim", "DORPSKRACHT_DB_OWNER_USER",
                "cluster_eigenaar", "DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar-geheim"));
        environment.put("DORPSKRACHT_CLUSTER_MEMBERS", "127.0.0.1:" + GRID_PORTS[0] + ",127.0.0.1:" + GRID_PORTS[1]);
        environment.put("DORPSKRACHT_CLUSTER_INTERFACE", "127.0.0.1");
        environment.put("DORPSKRACHT_CLUSTER_PORT", String.valueOf(GRID_PORTS[index]));
        environment.put("DORPSKRACHT_CLUSTER_NAME", "dorpskracht-test");
        return environment;
    }

    @AfterAll
    public static void stop() throws IOException {
        try {
            for (RunningDorpskracht instance : INSTANCES) {
                if (instance != null) {
                    instance.stop();
                }
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    @Order(1)
    public void bothInstancesSeeOneClusterOfTwoMembers() throws Exception {
        for (RunningDorpskracht instance : INSTANCES) {
            // Payara writes the grid's members at each change: "DG Size: 2", then one line per member
            awaitInLog(instance, "DG Name: dorpskracht-test DG Size: 2");
        }
        for (RunningDorpskracht instance : INSTANCES) {
            String log = Files.readString(instance.log());
            assertTrue(
                    log.contains("Address: /127.0.0.1:" + GRID_PORTS[0])
                            && log.contains("Address: /127.0.0.1:" + GRID_PORTS[1]),
                    "both listed members in " + instance.log());
        }
    }

    @Test
    @Order(2)
    public void theGridListensOnTheConfiguredInterfaceOnly() throws IOException {
        for (int port : GRID_PORTS) {
            assertEquals(List.of("127.0.0.1"), ListeningSockets.addressesListeningOn(port),
                    "addresses listening on grid port " + port);
        }
    }

    @Test
    @Order(3)
    public void aMemberWithoutPortRefusesToStartWithOnePlainLine() throws Exception {
        Map<String, String> wrong = clusterEnvironment(0);
        wrong.put("DORPSKRACHT_CLUSTER_MEMBERS", "127.0.0.1:" + GRID_PORTS[0] + ",127.0.0.1");
        Path refusalWork = work.resolve("refused");
        Path output = Files.createDirectories(refusalWork).resolve("output.log");
        Process refused = RunningDorpskracht.jarProcess(refusalWork, FreePort.find(), FreePort.find(), wrong, List.of())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(refused.waitFor(2, TimeUnit.MINUTES), "refused in time");
        assertEquals(1, refused.exitValue());
        assertEquals(List.of("Dorpskracht did not start: DORPSKRACHT_CLUSTER_MEMBERS lists a member without"
                + " host:port: '127.0.0.1'"), Files.readAllLines(output));
    }

    @Test
    @Order(4)
    public void aLoginOnAKilledInstanceHoldsOnTheOther() throws Exception {
        awaitInLog(INSTANCES[1], "DG Size: 2");
        // the answers come newest first: the newest value of each cookie is the one a browser keeps
        Map<String, String> newest = new java.util.LinkedHashMap<>();
        for (String cookie : new PageSession(INSTANCES[0]).logInForCookies("admin@vkkl.demo",
                RunningDorpskracht.DEMO_PASSWORD)) {
            String pair = cookie.split(";", 2)[0];
            newest.putIfAbsent(pair.split("=", 2)[0], pair);
        }
        String cookies = String.join("; ", newest.values());
        assertTrue(loggedIn(INSTANCES[0], cookies), "logged in on the instance of the login");
        INSTANCES[0].kill();
        System.out.printf("FAILOVER login on one instance, kill -9, same cookies (%s) to the other%n",
                cookieNames(cookies));
        assertTrue(loggedIn(INSTANCES[1], cookies),
                "still logged in on the other instance, cookies " + cookieNames(cookies));
    }

    private static boolean loggedIn(RunningDorpskracht instance, String cookies) {
        Api.Reply members = new PageSession(instance).withCookie("GET", "/admin/members.xhtml", null, null,
                Map.of("Cookie", cookies));
        return members.status() == 200 && members.body().contains("nav:logout");
    }

    private static String cookieNames(String cookies) {
        return List.of(cookies.split("; ")).stream().map(cookie -> cookie.split("=", 2)[0])
                .collect(Collectors.joining(", "));
    }

    private static void awaitInLog(RunningDorpskracht instance, String text) throws Exception {
        long until = System.nanoTime() + JOIN_LIMIT.toNanos();
        while (!Files.readString(instance.log()).contains(text)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no '" + text + "' within " + JOIN_LIMIT + " in " + instance.log());
            }
            Thread.sleep(200);
        }
    }
}
