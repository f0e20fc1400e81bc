package nl.dorpskracht.system.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dorpskracht.system.support.ImageArchive;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.UnpackedContainer;
import nl.dorpskracht.testsupport.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image the build writes ({@code deploy/target/dorpskracht-image.tar}) holds everything it needs: unpacked layer by
 * layer and run from its own filesystem alone, with its own entry point and user, it serves on an external PostgreSQL.
 * Nothing of this machine's Java or libraries can reach inside the chroot, so a missing piece is a failed start.
 */
public class ImageIT {

    private static final String OWNER = "beeld_eigenaar";
    private static final String APPLICATION = "beeld_toepassing";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Path work;
    private static ImageArchive image;
    private static Path root;
    private static EmbeddedPostgres database;
    private static UnpackedContainer container;
    private static int httpPort;

    @BeforeAll
    public static void unpackAndStartTheImage() throws Exception {
        work = RunningDorpskracht.newWorkDirectory();
        image = ImageArchive.open(Path.of(System.getProperty("dorpskracht.image", "target/dorpskracht-image.tar")),
                work.resolve("archive"));
        root = work.resolve("root");
        image.unpack(root);
        // a chroot needs root; CI and the suite run as root, a developer's own account skips
        assumeTrue("root".equals(System.getProperty("user.name")), "running an image's filesystem needs root");

        int databasePort = FreePort.find();
        database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external")).setPort(databasePort)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'eigenaar-geheim' nosuperuser nocreaterole"
                    + " nocreatedb nobypassrls");
            sql.execute("create role " + APPLICATION + " login password 'toepassing-geheim' nosuperuser"
                    + " nocreaterole nocreatedb nobypassrls");
            sql.execute("create database dorpskracht owner " + OWNER);
        }
        httpPort = FreePort.find();
        Map<String, String> env = new LinkedHashMap<>(imageEnvironment());
        env.put("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/dorpskracht");
        env.put("DORPSKRACHT_DB_USER", APPLICATION);
        env.put("DORPSKRACHT_DB_PASSWORD", "toepassing-geheim");
        env.put("DORPSKRACHT_DB_OWNER_USER", OWNER);
        env.put("DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar-geheim");
        env.put("DORPSKRACHT_DEMO", "true");
        env.put("DORPSKRACHT_DEMO_PASSWORD", RunningDorpskracht.DEMO_PASSWORD);
        // arguments given to a run replace the image's command, as `docker run IMAGE --port N` does
        List<String> command = new ArrayList<>(image.strings("Entrypoint"));
        command.addAll(List.of("--port", String.valueOf(httpPort)));
        container = UnpackedContainer.start(root, image.runConfiguration().getString("User"), command, env,
                work.resolve("container.log"));
        container.awaitOk(uri("/health/ready"),
                Duration.ofMinutes(Long.getLong("dorpskracht.test.startup-minutes", 4)));
    }

    @AfterAll
    public static void stop() throws Exception {
        try {
            if (container != null) {
                container.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
            // two copies of the image (~400 MB) per run: the log stays for a look afterwards
            ImageArchive.delete(work.resolve("archive"));
            ImageArchive.delete(work.resolve("root"));
        }
    }

    @Test
    public void theImageRunsAsItsOwnUserOnItsOwnJavaWithTheProductsJvmOptions() throws IOException {
        List<String> entrypoint = image.strings("Entrypoint");
        assertTrue(Files.isExecutable(root.resolve(entrypoint.get(0).substring(1))), "the entry point's program");
        assertTrue(entrypoint.containsAll(List.of("-jar", "/app/dorpskracht.jar")), entrypoint.toString());
        String options = entrypoint.stream().filter(argument -> argument.startsWith("@")).findFirst().orElseThrow()
                .substring(1);
        assertEquals(Files.readString(Path.of(System.getProperty("dorpskracht.jvm.options", "jvm.options"))),
                Files.readString(root.resolve(options.substring(1))), "the image ships the product's JVM options");
        assertEquals(List.of("--port", "8080"), image.strings("Cmd"));
        assertEquals(Set.of("8080/tcp", "5900/tcp"), image.runConfiguration().getJsonObject("ExposedPorts").keySet(),
                "HTTP and the data grid's default port");

        String user = image.runConfiguration().getString("User");
        assertFalse(user.isBlank() || user.equals("root") || user.startsWith("0"), "the image's user: " + user);
        int uid = Integer.parseInt(user.split(":")[0]);
        List<Integer> inside = container.userIdsInside();
        assertFalse(inside.isEmpty(), "processes found in the image's filesystem");
        assertTrue(inside.stream().allMatch(id -> id == uid), "every process inside runs as " + uid + ": " + inside);
        assertTrue(Files.readString(root.resolve("etc/passwd")).contains(":" + uid + ":"), "the user has a name");
    }

    @Test
    public void theImageServesTheApiOnAnExternalDatabase() throws Exception {
        HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(uri("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());

        String name = "Dorpsraad Beeld " + System.nanoTime() % 100000;
        HttpResponse<String> created = CLIENT.send(
                authorised("/api/v1/vkkl/members").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Members.body(name, "DORPSRAAD", "Venlo"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> found = CLIENT.send(
                authorised("/api/v1/vkkl/members?q=" + name.replace(' ', '+')).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, found.statusCode(), found.body());
        JsonObject page = Json.createReader(new StringReader(found.body())).readObject();
        assertEquals(1, page.getInt("total"), found.body());
    }

    private static HttpRequest.Builder authorised(String path) {
        String credentials = "admin@vkkl.demo:" + RunningDorpskracht.DEMO_PASSWORD;
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** What the image's configuration sets, as an engine passes it to the process. */
    private static Map<String, String> imageEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String each : image.strings("Env")) {
            String[] nameAndValue = each.split("=", 2);
            env.put(nameAndValue[0], nameAndValue[1]);
        }
        return env;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }
}
