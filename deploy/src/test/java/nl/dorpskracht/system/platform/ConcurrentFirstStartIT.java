package nl.dorpskracht.system.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dorpskracht.system.support.TwoInstances;
import nl.dorpskracht.testsupport.SqlRows;
import org.junit.jupiter.api.Test;

/**
 * Two instances started at the same moment on one empty database: both become ready, the schema is migrated once and
 * the demo data seeded once, and neither logs an error (a second seeding would collide on a unique key, or add every
 * demo organisation twice).
 */
public class ConcurrentFirstStartIT {

    private static final Pattern APPLIED = Pattern.compile("\\((\\d+) migrations applied now\\)");
    /** DemoData: seven users and two ambassadors. */
    private static final int DEMO_ACCOUNTS = 9;

    private final TwoInstances pair = TwoInstances.get();

    @Test
    public void eachMigrationIsAppliedOnceByOneOfTheTwo() throws Exception {
        List<Integer> applied = pair.startupLogs().stream().map(ConcurrentFirstStartIT::migrationsApplied).toList();
        System.out.println("FIRST START two instances at once: migrations applied by each " + applied
                + "; waited for the other: " + pair.startupLogs().stream()
                        .map(log -> log.contains("Another instance is migrating or seeding")).toList());
        assertTrue(applied.contains(0), "one of them found the schema migrated: " + applied);
        try (Connection superuser = pair.superuser()) {
            assertEquals(List.of(), SqlRows.rows(superuser, "select version from flyway_schema_history"
                    + " where version is not null group by version having count(*) > 1"));
            int history = Integer.parseInt(SqlRows.single(superuser,
                    "select count(*) from flyway_schema_history where version is not null and success"));
            assertEquals(history, applied.stream().mapToInt(Integer::intValue).sum(), "applied " + applied);
            assertTrue(history >= 22, "every migration up to V22 in the history: " + history);
        }
    }

    @Test
    public void theDemoDataIsSeededOnce() throws Exception {
        try (Connection superuser = pair.superuser()) {
            assertEquals(String.valueOf(DEMO_ACCOUNTS),
                    SqlRows.single(superuser, "select count(*) from account where email like '%.demo'"));
            Map<String, String> organisations = new TreeMap<>();
            for (String row : SqlRows.rows(superuser, "select tenant_id || '=' || count(*) from member_organisation"
                    + " where email like '%.demo' group by tenant_id")) {
                organisations.put(row.substring(0, row.indexOf('=')), row.substring(row.indexOf('=') + 1));
            }
            assertEquals(demoOrganisationsPerTenant(), organisations);
            for (String table : List.of("event", "campaign")) {
                assertEquals(List.of(),
                        SqlRows.rows(superuser,
                                "select tenant_id || ' ' || title from " + table
                                        + " group by tenant_id, title having count(*) > 1"),
                        "demo " + table + " seeded twice");
            }
        }
    }

    @Test
    public void neitherInstanceLogsAnError() {
        for (String log : pair.startupLogs()) {
            List<String> errors = log.lines().filter(line -> line.contains("SEVERE") || line.contains("ERROR")
                    || line.contains("duplicate key") || line.contains("Database bootstrap failed")).toList();
            assertEquals(List.of(), errors);
        }
    }

    private static int migrationsApplied(String log) {
        Matcher found = APPLIED.matcher(log);
        assertTrue(found.find(), "the start logs its migrations");
        return Integer.parseInt(found.group(1));
    }

    /** The demo organisations as the seeding reads them ({@code demo/members.csv} in tenant-core), per tenant. */
    private static Map<String, String> demoOrganisationsPerTenant() throws IOException {
        try (InputStream in = ConcurrentFirstStartIT.class.getResourceAsStream("/demo/members.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";", -1))
                    .filter(cells -> cells[5].endsWith(".demo")).collect(Collectors.groupingBy(cells -> cells[0],
                            TreeMap::new, Collectors.collectingAndThen(Collectors.counting(), String::valueOf)));
        }
    }
}
