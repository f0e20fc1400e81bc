package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * In the container, with its pooled connections reused across tenants: interleaved requests of three provinces (reads
 * and writes) only ever see their own province's rows (EclipseLink #1161).
 */
public class ConcurrentTenantsIT {

    private static final List<String> TENANTS = List.of("vkkl", "zhvkk", "ovkk");

    @Test
    public void interleavedRequestsOfDifferentProvincesNeverSeeEachOthersRows() throws Exception {
        Map<String, Integer> expectedTotals = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int worker = 0; worker < 9; worker++) {
            String tenant = TENANTS.get(worker % TENANTS.size());
            int id = worker;
            futures.add(pool.submit(() -> {
                List<String> seen = new ArrayList<>();
                Api admin = Api.as("admin@" + tenant + ".demo");
                for (int round = 0; round < 12; round++) {
                    if (round % 4 == 0) {
                        Members.create("admin@" + tenant + ".demo", tenant, "Gelijktijdig " + tenant + " " + id);
                    }
                    JsonObject page = admin.get("/api/v1/" + tenant + "/members?size=100&q=Gelijktijdig").json();
                    page.getJsonArray("items").forEach(item -> {
                        seen.add(item.asJsonObject().getString("tenant"));
                        seen.add(item.asJsonObject().getString("name").split(" ")[1]);
                    });
                }
                return seen;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES));
        for (int worker = 0; worker < futures.size(); worker++) {
            String tenant = TENANTS.get(worker % TENANTS.size());
            for (String seenTenant : futures.get(worker).get()) {
                assertEquals(tenant, seenTenant, "a request of " + tenant + " saw a row of " + seenTenant);
            }
        }
        for (String tenant : TENANTS) {
            expectedTotals.put(tenant, Integer.parseInt(Database.single(
                    "select count(*) from member_organisation where tenant_id = ? and name like 'Gelijktijdig%'",
                    tenant)));
            assertEquals(9, expectedTotals.get(tenant), tenant + ": three workers, three creations each");
        }
    }
}
