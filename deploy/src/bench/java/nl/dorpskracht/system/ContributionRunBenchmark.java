package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

/**
 * A figure, not an assertion: how long the yearly contribution run takes for a tenant's members, measured over HTTP as
 * an admin sees it (from the POST that starts it until GET reports it done), and invoices per second.
 *
 * <p>
 * {@link #measure} works on any running instance (e.g. after {@code deploy/benchmark.sh} imported 10,000 members with
 * plans). {@link #main} is self-contained: it starts the built jar on a fresh embedded database, adds 10,000 active
 * members to {@code zhvkk} with SQL, gives them a tiered plan through the API, and measures. With arguments
 * {@code baseUri user password [tenant] [year]} it measures that instance instead.
 */
public final class ContributionRunBenchmark {

    public static final int MEMBERS = Integer.getInteger("benchmark.members", 10_000);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ContributionRunBenchmark() {
    }

    /** What one run took. */
    public record Result(String tenant, int year, int payers, int invoices, Duration wallTime) {

        public double invoicesPerSecond() {
            return invoices / Math.max(0.001, wallTime.toMillis() / 1000.0);
        }

        @Override
        public String toString() {
            return String.format("contribution run %s %d: %d payers, %d invoices in %.1f s (%.0f invoices/s)", tenant,
                    year, payers, invoices, wallTime.toMillis() / 1000.0, invoicesPerSecond());
        }
    }

    /** Starts the run of {@code year} for {@code tenant} and waits until it is no longer running. */
    public static Result measure(URI base, String tenant, String user, String password, int year) {
        String runs = "/api/v1/" + tenant + "/contributions/runs";
        long start = System.nanoTime();
        JsonObject started = call(base, "POST", runs, user, password, "{\"year\":" + year + "}", 202);
        String id = started.getString("id");
        JsonObject run = started;
        while ("RUNNING".equals(run.getString("status"))) {
            sleep(100);
            run = call(base, "GET", runs + "/" + id, user, password, null, 200);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (!"DONE".equals(run.getString("status"))) {
            throw new IllegalStateException("run ended " + run);
        }
        return new Result(tenant, year, run.getInt("payersTotal"), run.getInt("invoicesCreated"), wall);
    }

    /**
     * Gets a tenant ready for a run after an import: a tiered benchmark plan (made once) given to every active member
     * that has no plan yet, paid by the organisation itself. Returns how many members got it.
     */
    public static int givePlanToMembersWithout(URI base, String tenant, String user, String password) {
        String plans = "/api/v1/" + tenant + "/contributions/plans";
        String id = null;
        try (var reader = Json.createReader(new StringReader(get(base, plans, user, password)))) {
            for (var plan : reader.readArray()) {
                if ("Benchmark staffel".equals(plan.asJsonObject().getString("name"))) {
                    id = plan.asJsonObject().getString("id");
                }
            }
        }
        if (id == null) {
            id = call(base, "POST", plans, user, password,
                    "{\"name\":\"Benchmark staffel\",\"kind\":\"TIERED\",\"amountCents\":5000,\"tiers\":["
                            + "{\"fromInhabitants\":1000,\"amountCents\":7500},{\"fromInhabitants\":5000,"
                            + "\"amountCents\":12500}]}",
                    201).getString("id");
        }
        return call(base, "POST", plans + "/" + id + "/assign-unassigned", user, password,
                "{\"payer\":\"ORGANISATION\"}", 200).getInt("assigned");
    }

    public static void main(String[] args) throws Exception {
        int year = LocalDate.now().getYear();
        if (args.length >= 3) {
            String tenant = args.length > 3 ? args[3] : "vkkl";
            int chosen = args.length > 4 ? Integer.parseInt(args[4]) : year;
            URI base = URI.create(args[0]);
            System.out.println(
                    "members given the benchmark plan: " + givePlanToMembersWithout(base, tenant, args[1], args[2]));
            System.out.println(measure(base, tenant, args[1], args[2], chosen));
            return;
        }
        RunningDorpskracht server = RunningDorpskracht.get();
        String tenant = "zhvkk";
        String admin = "admin@zhvkk.demo";
        String password = RunningDorpskracht.DEMO_PASSWORD;
        URI base = URI.create(server.baseUrl());
        long seeded = System.nanoTime();
        seedMembers(server, tenant, MEMBERS);
        int assigned = givePlanToMembersWithout(base, tenant, admin, password);
        System.out.printf("seeded %d members and gave %d a plan in %.1f s%n", MEMBERS, assigned,
                (System.nanoTime() - seeded) / 1e9);
        // warm-up: a small tenant's run, so the first measured one does not pay for class loading
        System.out.println("warm-up: " + measure(base, "ovkk", "admin@ovkk.demo", password, year));
        Result first = measure(base, tenant, admin, password, year);
        System.out.println(first);
        Result again = measure(base, tenant, admin, password, year);
        System.out.println("again (idempotent, nothing billed): " + again);
        BenchmarkChecks.require(first.invoices() > 0, "the contribution run billed nobody");
        BenchmarkChecks.require(again.invoices() == 0, "the same year's run again billed " + again.invoices());
        BenchmarkChecks.exit();
    }

    /** Active members with a spread of inhabitants, written as the database superuser (seeding, not the subject). */
    static void seedMembers(RunningDorpskracht server, String tenant, int count) throws SQLException {
        try (Connection connection = server.superuser();
                PreparedStatement insert = connection.prepareStatement("insert into member_organisation"
                        + " (tenant_id, id, name, type, municipality, place, inhabitants, status)"
                        + " select ?, gen_random_uuid(), 'Benchmark Dorpsraad ' || g, 'DORPSRAAD',"
                        + " 'Benchmarkgemeente ' || (g % 300), 'Kern ' || g, 100 + (g * 37) % 9000, 'ACTIVE'"
                        + " from generate_series(1, ?) g")) {
            insert.setString(1, tenant);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    private static String get(URI base, String path, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject call(URI base, String method, String path, String user, String password, String body,
            int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization",
                        "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
