package nl.dorpskracht.system.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The production compose file (deploy/compose) cannot be run here (no container engine), so it is read: every instance
 * of the image has the settings it cannot start without and a cluster whose members are exactly the instances, the grid
 * and the database stay on internal networks, HAProxy balances over exactly those instances with a sticky cookie and a
 * readiness check, and every secret the file demands has its placeholder in .env.example.
 */
public class ComposeFileTest {

    private static final Path COMPOSE = Path.of("compose");
    private static final List<String> REQUIRED = List.of("DORPSKRACHT_DB_URL", "DORPSKRACHT_DB_USER",
            "DORPSKRACHT_DB_PASSWORD", "DORPSKRACHT_DB_OWNER_USER", "DORPSKRACHT_DB_OWNER_PASSWORD",
            "DORPSKRACHT_BASE_URL", "DORPSKRACHT_CLUSTER_MEMBERS", "DORPSKRACHT_CLUSTER_INTERFACE",
            "DORPSKRACHT_CLUSTER_PORT", "DORPSKRACHT_CLUSTER_NAME");
    private static final Pattern DEMANDED = Pattern.compile("\\$\\{(\\w+):\\?");
    private static final Pattern SERVER = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+(\\S+):(\\d+)\\b(.*)$");

    @Test
    public void everyInstanceHasItsSettingsAndTheClusterIsExactlyTheInstances() throws IOException {
        Map<String, Map<String, Object>> instances = instances();
        assertEquals(2, instances.size(), "two instances of the image: " + instances.keySet());
        Set<String> gridAddresses = new TreeSet<>();
        for (Map.Entry<String, Map<String, Object>> instance : instances.entrySet()) {
            Map<String, String> env = environment(instance.getValue());
            for (String name : REQUIRED) {
                assertFalse(env.getOrDefault(name, "").isBlank(), instance.getKey() + " sets " + name);
            }
            assertFalse(env.containsKey("DORPSKRACHT_DEMO") && !"false".equals(env.get("DORPSKRACHT_DEMO")),
                    "no demo data in production");
            String gridAddress = (String) map(map(instance.getValue().get("networks")).get("grid")).get("ipv4_address");
            assertEquals(gridAddress, env.get("DORPSKRACHT_CLUSTER_INTERFACE"),
                    instance.getKey() + " binds the grid to its own address on the grid network");
            gridAddresses.add(gridAddress + ":" + env.get("DORPSKRACHT_CLUSTER_PORT"));
        }
        for (Map<String, Object> instance : instances.values()) {
            assertEquals(gridAddresses,
                    new TreeSet<>(List.of(environment(instance).get("DORPSKRACHT_CLUSTER_MEMBERS").split(","))),
                    "the members are the instances, each once");
        }
    }

    @Test
    public void theGridAndTheDatabaseAreReachableOnlyInside() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> networks = map(compose.get("networks"));
        assertEquals(true, map(networks.get("grid")).get("internal"), "the grid network is internal");
        assertEquals(true, map(networks.get("database")).get("internal"), "the database network is internal");
        Map<String, Object> services = map(compose.get("services"));
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> definition = map(service.getValue());
            boolean published = definition.containsKey("ports");
            assertEquals(service.getKey().equals("haproxy"), published, service.getKey() + ": only HAProxy publishes");
        }
        Map<String, Object> database = map(services.get("database"));
        assertEquals("postgres:15", database.get("image"));
        assertTrue(list(database.get("volumes")).stream().anyMatch(v -> v.toString().startsWith("database:")),
                "the database keeps its data in a named volume");
        assertTrue(map(compose.get("volumes")).containsKey("database"));
        String roles = Files.readString(COMPOSE.resolve("initdb/roles.sh"));
        assertTrue(roles.contains("nosuperuser nocreaterole nocreatedb nobypassrls"), "roles as the README makes them");
    }

    @Test
    public void haproxyBalancesOverExactlyTheInstancesWithAStickyCookieAndReadiness() throws IOException {
        String config = Files.readString(COMPOSE.resolve("haproxy.cfg"));
        Matcher servers = SERVER.matcher(config);
        Set<String> named = new TreeSet<>();
        while (servers.find()) {
            named.add(servers.group(2));
            assertEquals("8080", servers.group(3), "the image's HTTP port");
            assertTrue(servers.group(4).contains("cookie " + servers.group(1)), "sticky: " + servers.group());
        }
        assertEquals(instances().keySet(), named, "HAProxy's servers are the compose file's instances");
        for (String line : List.of("option redispatch", "retries 1", "http-check send meth GET uri /health/ready",
                "http-check expect status 200", "cookie DORPSKRACHT_INSTANCE insert")) {
            assertTrue(config.contains(line), "haproxy.cfg has: " + line);
        }
    }

    /** Checked by HAProxy itself where it is installed (deploy/test.sh installs it). */
    @Test
    public void haproxyAcceptsItsConfiguration() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "HAProxy is not installed");
        Process check = new ProcessBuilder("/usr/sbin/haproxy", "-c", "-f", COMPOSE.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(1, TimeUnit.MINUTES), "haproxy -c ended");
        assertEquals(0, check.exitValue(), said);
    }

    @Test
    public void everySecretTheFileDemandsHasAPlaceholderInTheExample() throws IOException {
        Matcher demanded = DEMANDED.matcher(Files.readString(COMPOSE.resolve("compose.yaml")));
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(COMPOSE.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        List<String> names = new ArrayList<>();
        while (demanded.find()) {
            names.add(demanded.group(1));
            assertTrue(example.containsKey(demanded.group(1)), ".env.example names " + demanded.group(1));
        }
        assertTrue(
                names.containsAll(
                        List.of("POSTGRES_PASSWORD", "DORPSKRACHT_DB_PASSWORD", "DORPSKRACHT_DB_OWNER_PASSWORD")),
                "the passwords come from .env: " + names);
        example.forEach((name, value) -> assertTrue(
                !name.endsWith("PASSWORD") || value.isEmpty() || value.startsWith("change-me"),
                "no real secret in .env.example: " + name));
    }

    private static Map<String, Map<String, Object>> instances() throws IOException {
        Map<String, Map<String, Object>> instances = new LinkedHashMap<>();
        map(compose().get("services")).forEach((name, service) -> {
            Object image = map(service).get("image");
            if (image != null && image.toString().contains("DORPSKRACHT_IMAGE")) {
                instances.put(name, map(service));
            }
        });
        return instances;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        map(service.get("environment")).forEach((name, value) -> env.put(name, String.valueOf(value)));
        return env;
    }

    private static Map<String, Object> compose() throws IOException {
        // merge keys (<<: *anchor) are resolved as compose resolves them
        return new Yaml(new LoaderOptions()).load(Files.readString(COMPOSE.resolve("compose.yaml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }
}
