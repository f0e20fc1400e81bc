package nl.dorpskracht.system;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.RunningDorpskracht;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Figures, not assertions: registrations per second over HTTP when everyone wants the same event (one lock per event,
 * decided across provinces) against the same number spread over many events, and what a cancellation that promotes from
 * the waitlist costs. Contact persons are seeded with SQL (arranging, not the subject).
 */
public final class RegistrationBenchmark {

    private static final int PER_PROVINCE = Integer.getInteger("benchmark.registrants", 500);
    private static final int CLIENTS = Integer.getInteger("benchmark.registrationClients", 32);
    private static final int PLACES = 100;
    private static final int SPREAD_EVENTS = 50;
    private static final List<String> PROVINCES = List.of("zhvkk", "vkkl", "ovkk");

    private RegistrationBenchmark() {
    }

    record Registrant(String tenant, String contactId) {
    }

    record Outcome(int registrations, Duration wallTime, List<Long> latencies, int failures) {

        public double perSecond() {
            return registrations / Math.max(0.001, wallTime.toMillis() / 1000.0);
        }

        public double percentile(double p) {
            return latencies.isEmpty() ? 0
                    : latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(p * latencies.size()) - 1)) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }

    public static void run(RunningDorpskracht server) throws Exception {
        measure(server);
    }

    /** Registrations per second: for one contended event, spread over events, and cancellations that promote. */
    public record Figures(double oneEvent, double spread, double cancellations) {
    }

    /**
     * Runs the three lines, prints them, and returns their rates; with {@code -Dbenchmark.profile=true} also where the
     * server's Java time went during the contended line (JFR).
     */
    public static Figures measure(RunningDorpskracht server) throws Exception {
        List<Registrant> first = seed("Benchmark A");
        List<Registrant> second = seed("Benchmark B");
        String contended = Registrations.sharedWithAll("lvkk", "Benchmark webinar " + System.nanoTime(), PLACES)
                .getString("id");
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < SPREAD_EVENTS; i++) {
            spread.add(Registrations.sharedWithAll("lvkk", "Benchmark verspreid " + i + " " + System.nanoTime(), PLACES)
                    .getString("id"));
        }
        warmUp(server, spread.get(0));

        JavaProfile profile = Boolean.getBoolean("benchmark.profile") ? JavaProfile.start(server, "registrations")
                : null;
        ConnectionSampler hotSampler = ConnectionSampler.start();
        Outcome hot = register(server, first, i -> contended);
        String hotStates = hotSampler.stop();
        String hotProfile = profile == null ? null : profile.stop().format(12);
        ConnectionSampler coldSampler = ConnectionSampler.start();
        Outcome cold = register(server, second, i -> spread.get(i % SPREAD_EVENTS));
        String coldStates = coldSampler.stop();
        List<String> confirmed = Database.rows("select tenant_id || ' ' || id from registration"
                + " where event_id = ?::uuid and status = 'CONFIRMED' order by queue_order", contended);
        Outcome cancellations = cancel(server, confirmed);
        List<String> counts = Database.rows("select status || ' ' || count(*) from registration"
                + " where event_id = ?::uuid group by status order by status", contended);

        System.out.printf(
                "%nRegistrations over HTTP (admins registering contact persons of %d provinces), %d clients%n",
                PROVINCES.size(), CLIENTS);
        System.out.printf("%-52s %8s %10s %8s %8s %6s%n", "", "time s", "reg/s", "p50 ms", "p99 ms", "fail");
        report(String.format("%d for ONE event of %d places", hot.registrations(), PLACES), hot);
        BenchmarkFigures.put("registrations: one event", hot.perSecond());
        BenchmarkFigures.put("registrations: one event p99", hot.percentile(0.99));
        report(String.format("%d spread over %d events", cold.registrations(), SPREAD_EVENTS), cold);
        report(String.format("%d cancellations, each promoting the next", cancellations.registrations()),
                cancellations);
        System.out.printf("%-52s %s%n", "contended event afterwards", String.join(", ", counts));
        BenchmarkChecks.require(confirmed.size() == Math.min(PLACES, hot.registrations()),
                "the contended event confirmed " + confirmed.size() + " of " + PLACES + " places");
        int promoted = Math.min(PLACES, Math.max(0, hot.registrations() - PLACES));
        BenchmarkChecks.require(promoted == 0 ? counts.stream().noneMatch(count -> count.startsWith("CONFIRMED "))
                : counts.contains("CONFIRMED " + promoted),
                "after the cancellations " + promoted + " should hold a place, moved up from the waitlist: " + counts);
        System.out.printf("%nWhere the server's connections were (pg_stat_activity sampled every 50 ms)%n");
        System.out.printf("%-20s %s%n", "one event:", hotStates);
        System.out.printf("%-20s %s%n", "spread:", coldStates);
        if (hotProfile != null) {
            System.out.printf("%nWhere the server's Java time went, one event (JFR)%n%s%n", hotProfile);
        }
        return new Figures(hot.perSecond(), cold.perSecond(), cancellations.perSecond());
    }

    private static void report(String label, Outcome outcome) {
        BenchmarkChecks.require(outcome.failures() == 0, label + ": " + outcome.failures() + " failed");
        System.out.printf("%-52s %8.1f %10.0f %8.1f %8.1f %6d%n", label, outcome.wallTime().toMillis() / 1000.0,
                outcome.perSecond(), outcome.percentile(0.50), outcome.percentile(0.99), outcome.failures());
    }

    private static List<Registrant> seed(String prefix) {
        List<Registrant> registrants = new ArrayList<>();
        for (String tenant : PROVINCES) {
            String member = Database.single("select id from member_organisation where tenant_id = ?"
                    + " and status = 'ACTIVE' order by name limit 1", tenant);
            Database.execute("insert into contact_person (tenant_id, id, organisation_id, name, email,"
                    + " sharing_consent_on) select ?, gen_random_uuid(), ?::uuid, ? || ' ' || n,"
                    + " 'bench' || n || '.' || md5(random()::text) || '@example.org', current_date"
                    + " from generate_series(1, ?) n", tenant, member, prefix, PER_PROVINCE);
            Database.rows("select id from contact_person where tenant_id = ? and name like ? order by id", tenant,
                    prefix + " %").forEach(id -> registrants.add(new Registrant(tenant, id)));
        }
        Collections.shuffle(registrants, new java.util.Random(42));
        return registrants;
    }

    private static void warmUp(RunningDorpskracht server, String event) {
        for (String tenant : PROVINCES) {
            Api.of(server, "admin@" + tenant + ".demo", RunningDorpskracht.DEMO_PASSWORD)
                    .get("/api/v1/" + tenant + "/registrations?event=" + event);
        }
    }

    private static Outcome register(RunningDorpskracht server, List<Registrant> registrants,
            java.util.function.IntFunction<String> eventOf) throws Exception {
        return timed(registrants.size(), i -> {
            Registrant registrant = registrants.get(i);
            return Api.of(server, "admin@" + registrant.tenant() + ".demo", RunningDorpskracht.DEMO_PASSWORD)
                    .postJson("/api/v1/" + registrant.tenant() + "/events/" + eventOf.apply(i) + "/registrations",
                            "{\"contactId\":\"" + registrant.contactId() + "\"}")
                    .status() == 201;
        });
    }

    private static Outcome cancel(RunningDorpskracht server, List<String> confirmed) throws Exception {
        return timed(confirmed.size(), i -> {
            String[] registration = confirmed.get(i).split(" ");
            return Api.of(server, "admin@" + registration[0] + ".demo", RunningDorpskracht.DEMO_PASSWORD)
                    .delete("/api/v1/" + registration[0] + "/registrations/" + registration[1]).status() == 200;
        });
    }

    /** Samples what the application's database connections are doing, as shares of all samples. */
    private static final class ConnectionSampler implements Runnable {

        private final java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        private final Thread thread = new Thread(this, "connection-sampler");
        private volatile boolean running = true;
        private int total;

        static ConnectionSampler start() {
            ConnectionSampler sampler = new ConnectionSampler();
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                for (String state : Database.rows("select case when wait_event = 'advisory' then 'waiting for the"
                        + " event lock' when state = 'active' then 'running a statement' when state like 'idle in"
                        + " transaction%' then 'in a transaction, in Java' else 'idle in the pool' end"
                        + " from pg_stat_activity where application_name = 'dorpskracht'")) {
                    seen.merge(state, 1, Integer::sum);
                    total++;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        String stop() throws InterruptedException {
            running = false;
            thread.join();
            StringBuilder shares = new StringBuilder();
            seen.forEach((state, count) -> shares.append(shares.length() == 0 ? "" : ", ")
                    .append(String.format("%s %.0f%%", state, 100.0 * count / Math.max(1, total))));
            return shares.toString();
        }
    }

    private interface Call {
        boolean succeeds(int index) throws Exception;
    }

    private static Outcome timed(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long begin = System.nanoTime();
                boolean ok = call.succeeds(index);
                return new long[] { System.nanoTime() - begin, ok ? 0 : 1 };
            }));
        }
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        for (Future<long[]> future : futures) {
            long[] result = future.get();
            latencies.add(result[0]);
            failures += (int) result[1];
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        pool.shutdown();
        Collections.sort(latencies);
        return new Outcome(count, wall, latencies, failures);
    }
}
