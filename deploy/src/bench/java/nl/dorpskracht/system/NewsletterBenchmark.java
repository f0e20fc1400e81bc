package nl.dorpskracht.system;

import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;

/**
 * Figures, not assertions: a newsletter to {@code benchmark.newsletterRecipients} (10,000) contact persons of one
 * association, through the outbox, to the SMTP server in this JVM (GreenMail). How fast the batches write mails into
 * the outbox, how fast the outbox sends them, how much memory the server holds meanwhile (RSS, and heap from
 * {@code jstat}), and how long a password-reset mail asked for in the middle of the send waits (it is claimed before
 * the newsletter's mails: priority). Contact persons are seeded with SQL (arranging, not the subject).
 */
public final class NewsletterBenchmark {

    private static final int RECIPIENTS = Integer.getInteger("benchmark.newsletterRecipients", 10_000);
    private static final String TENANT = "ovkk";

    private NewsletterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }

    static void run(RunningDorpskracht server) throws Exception {
        String prefix = "Nieuwsbriefbench " + System.nanoTime();
        String member = Database.single("select id from member_organisation where tenant_id = ? and status = 'ACTIVE'"
                + " order by name limit 1", TENANT);
        Database.execute("insert into contact_person (tenant_id, id, organisation_id, name, email,"
                + " newsletter_consent_on) select ?, gen_random_uuid(), ?::uuid, ? || ' ' || n,"
                + " 'nb' || n || '.' || md5(random()::text) || '@example.org', current_date"
                + " from generate_series(1, ?) n", TENANT, member, prefix, RECIPIENTS);
        String items = String.join(",", List.of(
                Newsletters.publishedItem(TENANT, prefix + " eerste bericht", body(), false),
                Newsletters.publishedItem(TENANT, prefix + " tweede bericht", body(), false),
                Newsletters.publishedItem("lvkk", prefix + " landelijk", body(), true)));
        String id = Newsletters.draft(TENANT, prefix, List.of(items.split(","))).getString("id");
        int before = TestMail.received();

        LoadSampler sampler;
        try (Connection superuser = server.superuser()) {
            sampler = LoadSampler.start(server, superuser);
            HeapSampler heap = HeapSampler.start(server.pid());
            long start = System.nanoTime();
            int recipients = Newsletters.send(TENANT, id, false).getInt("recipients");
            long queuedAt = 0;
            long resetAskedAt = 0;
            long resetArrivedAt = 0;
            java.sql.Timestamp resetAskedWall = null;
            long allSentAt = 0;
            long deadline = start + Duration.ofMinutes(30).toNanos();
            while (System.nanoTime() < deadline) {
                long now = System.nanoTime();
                List<String> counts = Database.rows("select status || ' ' || count(*) from mail_outbox where"
                        + " tenant_id = ? and kind = 'NEWSLETTER' and about = ?::uuid group by status", TENANT, id);
                long sent = counts.stream().filter(c -> c.startsWith("SENT ")).mapToLong(c -> Long.parseLong(
                        c.substring(5))).sum();
                long written = counts.stream().mapToLong(c -> Long.parseLong(c.substring(c.indexOf(' ') + 1))).sum();
                if (queuedAt == 0 && "SENT".equals(Database.single("select status from newsletter where id = ?::uuid",
                        id))) {
                    queuedAt = now;
                }
                if (resetAskedAt == 0 && written >= recipients / 4) {
                    resetAskedAt = now;
                    resetAskedWall = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
                    Api.anonymous().postJson("/api/v1/password-reset", "{\"email\":\"admin@ovkk.demo\"}");
                }
                if (resetAskedAt != 0 && resetArrivedAt == 0 && "SENT".equals(Database.single("select status from"
                        + " mail_outbox where tenant_id = ? and kind = 'PASSWORD_RESET' and created_at >= ?"
                        + " order by created_at desc limit 1", TENANT, resetAskedWall))) {
                    resetArrivedAt = now;
                }
                if (sent >= recipients && resetArrivedAt != 0) {
                    allSentAt = now;
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            LoadSampler.Seen seen = sampler.stop();
            long maxHeap = heap.stop();
            BenchmarkChecks.require(allSentAt != 0, "the newsletter was not sent within 30 minutes");
            int arrived = TestMail.received() - before;
            System.out.printf("%nA newsletter to %d addresses (3 items) through the outbox to SMTP in this JVM%n",
                    recipients);
            System.out.printf("%-52s %8.1f s %8.0f mails/s%n", "written into the outbox (batches of 500)",
                    seconds(queuedAt - start), recipients / seconds(queuedAt - start));
            System.out.printf("%-52s %8.1f s %8.0f mails/s%n", "sent (send to last mail at SMTP)",
                    seconds(allSentAt - start), recipients / seconds(allSentAt - start));
            List<String> reset = Database.rows("select round(extract(epoch from r.sent_at - r.created_at)::numeric, 1)"
                    + " || ' s; newsletter mails written before it and sent after it: ' || (select count(*) from"
                    + " mail_outbox n where n.tenant_id = r.tenant_id and n.kind = 'NEWSLETTER' and n.about = ?::uuid"
                    + " and n.created_at < r.created_at and n.sent_at > r.sent_at) from mail_outbox r where"
                    + " r.tenant_id = ? and r.kind = 'PASSWORD_RESET' and r.created_at >= ? order by r.created_at desc"
                    + " limit 1", id, TENANT, resetAskedWall);
            System.out.printf("%-52s %s%n", "password reset asked at 1/4 written: filed to sent", reset);
            System.out.printf("%-52s %8d MiB max, %d MiB mean%n", "server RSS while sending",
                    seen.maxResidentMegabytes(), seen.meanResidentMegabytes());
            System.out.printf("%-52s %8d MiB max%n", "server heap used while sending (jstat)", maxHeap);
            System.out.printf("%-52s %8d%n", "mails received by the SMTP server", arrived);
            System.out.printf("%nWhere the server's connections were%s%n", seen.connections());
            BenchmarkChecks.require(arrived >= recipients, "only " + arrived + " of " + recipients + " arrived");
        }
    }

    private static double seconds(long nanos) {
        return Math.max(0.001, nanos / 1e9);
    }

    private static String body() {
        return "<p>" + "Het dorpshuis zoekt vrijwilligers voor de bar, de tuin en de website. ".repeat(12) + "</p>"
                + "<ul><li>Op <a href=\"https://www.lvkk.nl\">de website</a></li><li>In het dorpshuis</li></ul>";
    }

    /** The server JVM's used heap (survivor, eden and old generation), sampled with {@code jstat} every 5 seconds. */
    private static final class HeapSampler implements Runnable {

        private final long pid;
        private final Thread thread = new Thread(this, "heap-sampler");
        private volatile boolean running = true;
        private volatile long maxMegabytes;

        private HeapSampler(long pid) {
            this.pid = pid;
        }

        static HeapSampler start(long pid) {
            HeapSampler sampler = new HeapSampler(pid);
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true)
                            .start();
                    List<String> lines = new String(jstat.getInputStream().readAllBytes()).lines().toList();
                    jstat.waitFor(5, TimeUnit.SECONDS);
                    if (lines.size() >= 2) {
                        List<String> header = List.of(lines.get(0).trim().split("\\s+"));
                        String[] values = lines.get(1).trim().split("\\s+");
                        double kb = 0;
                        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                            int at = header.indexOf(column);
                            kb += at < 0 ? 0 : Double.parseDouble(values[at]);
                        }
                        maxMegabytes = Math.max(maxMegabytes, (long) (kb / 1024));
                    }
                    // a jstat is a JVM of its own: sampled rarely, so it does not slow what it measures
                    TimeUnit.SECONDS.sleep(5);
                } catch (IOException | NumberFormatException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join(5000);
            return maxMegabytes;
        }
    }
}
