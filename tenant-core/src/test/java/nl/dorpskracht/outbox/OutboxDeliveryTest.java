package nl.dorpskracht.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.outbox.control.OutboxLedger.Claimed;
import nl.dorpskracht.outbox.control.OutboxRound;
import nl.dorpskracht.outbox.control.OutboxSettings;
import nl.dorpskracht.platform.mail.MailSender.Delivery;
import nl.dorpskracht.platform.mail.MailSender.Outcome;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real PostgreSQL as the application role under row security: what two senders, a crash, a failing
 * server and a rollback do to the mails. Each test works in a tenant of its own kind of mail.
 */
class OutboxDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final JdbcSql transactions = new JdbcSql();

    @Test
    void twoSendersRacingOnOneDatabaseSendEveryMailExactlyOnce() throws Exception {
        String kind = "RACE_" + UUID.randomUUID().toString().substring(0, 8);
        int mails = 300;
        transactions.inTenant("vkkl", sql -> {
            for (int i = 0; i < mails; i++) {
                OutboxLedger.put(sql, "vkkl", kind, "nl", mail(kind + " " + i));
            }
            return null;
        });
        ConcurrentLinkedQueue<String> delivered = new ConcurrentLinkedQueue<>();
        Function<OutgoingMail, Delivery> transport = mail -> {
            if (mail.label().startsWith(kind)) {
                delivered.add(mail.messageId());
            }
            return new Delivery(Outcome.SENT, null);
        };
        OutboxSettings settings = new OutboxSettings(1, 7, 300, 60, 5);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            OutboxRound sender = new OutboxRound(transactions, OutboxRound.oneByOne(transport), settings);
            claimed.add(senders.submit(() -> {
                start.await();
                int total = 0;
                for (int round; (round = sender.deliver("vkkl").claimed()) > 0;) {
                    total += round;
                }
                return total;
            }));
        }
        start.countDown();
        int first = claimed.get(0).get();
        int second = claimed.get(1).get();
        senders.shutdown();

        assertEquals(mails, delivered.size(), "every mail sent once, none twice");
        assertEquals(mails, Set.copyOf(delivered).size(), "no Message-ID twice");
        assertTrue(first > 0 && second > 0, "both senders took part: " + first + " and " + second);
        assertEquals(Map.of("SENT", (long) mails), statuses(kind));
    }

    @Test
    void aMailWhoseSenderDiedAfterSendingIsSentAgainAfterTheLeaseWithTheSameMessageId() {
        String kind = "CRASH_" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = transactions.inTenant("vkkl", sql -> OutboxLedger.put(sql, "vkkl", kind, "nl", mail(kind)));
        Claimed crashed = only(kind, transactions.inTenant("vkkl", sql -> OutboxLedger.claim(sql, 500, 1)));
        // the sender sent and died before recording: nothing is recorded, the row stays SENDING under its lease
        assertTrue(transactions.inTenant("vkkl", sql -> OutboxLedger.claim(sql, 500, 1)).stream()
                .noneMatch(c -> c.id().equals(id)), "not claimable while the lease runs");

        Claimed again = await(() -> transactions.inTenant("vkkl", sql -> OutboxLedger.claim(sql, 500, 60)).stream()
                .filter(c -> c.id().equals(id)).findFirst());
        assertEquals(crashed.mail().messageId(), again.mail().messageId());
        assertEquals(OutboxLedger.messageId(id), again.mail().messageId());
        assertEquals(2, again.attempt());
        assertFalse(transactions.<Boolean> inTenant("vkkl", sql -> OutboxLedger.sent(sql, crashed)),
                "the late record of the first claim changes nothing");
        assertTrue(transactions.<Boolean> inTenant("vkkl", sql -> OutboxLedger.sent(sql, again)));
        assertEquals(Map.of("SENT", 1L), statuses(kind));
    }

    @Test
    void aFailingServerIsTriedAgainAfterABackOffAndTheMailIsThenSent() {
        String kind = "RETRY_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.inTenant("ovkk", sql -> OutboxLedger.put(sql, "ovkk", kind, "nl", mail(kind)));
        AtomicInteger attempts = new AtomicInteger();
        OutboxRound sender = new OutboxRound(transactions, OutboxRound.oneByOne(mail -> {
            if (!mail.label().startsWith(kind)) {
                return new Delivery(Outcome.SENT, null);
            }
            return attempts.incrementAndGet() == 1 ? new Delivery(Outcome.FAILED, "jakarta.mail.MessagingException")
                    : new Delivery(Outcome.SENT, null);
        }), new OutboxSettings(1, 50, 300, 2, 5));

        assertEquals(1, sender.deliver("ovkk").retried());
        Map<String, Object> failed = row(kind);
        assertEquals("PENDING", failed.get("status"));
        assertEquals(1, ((Number) failed.get("attempts")).intValue());
        assertEquals("jakarta.mail.MessagingException", failed.get("last_error"));
        assertTrue(((Number) failed.get("wait")).doubleValue() > 1.0, "waits about the base delay: " + failed);
        assertEquals(1, attempts.get(), "not tried again before the back-off ends");
        sender.deliver("ovkk");
        assertEquals(1, attempts.get(), "not tried again before the back-off ends");

        await(() -> sender.deliver("ovkk").sent() > 0 ? Optional.of(true) : Optional.empty());
        Map<String, Object> sent = row(kind);
        assertEquals("SENT", sent.get("status"));
        assertEquals(2, ((Number) sent.get("attempts")).intValue());
    }

    @Test
    void afterTheLastAttemptAMailIsFailedForGoodAndTheDelayDoubles() {
        String kind = "FAIL_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.inTenant("zhvkk", sql -> OutboxLedger.put(sql, "zhvkk", kind, "nl", mail(kind)));
        OutboxSettings settings = new OutboxSettings(1, 50, 300, 1, 2);
        OutboxRound sender = new OutboxRound(transactions,
                OutboxRound.oneByOne(
                        mail -> new Delivery(Outcome.FAILED, "org.eclipse.angus.mail.util.MailConnectException")),
                settings);
        // rounds until this mail's last attempt: other tests' mails of zhvkk may fill a batch of 50 before it
        await(() -> {
            sender.deliver("zhvkk");
            return "FAILED".equals(row(kind).get("status")) ? Optional.of(true) : Optional.empty();
        });
        assertEquals("FAILED", row(kind).get("status"));
        assertEquals(2, ((Number) row(kind).get("attempts")).intValue(), "failed for good after the last attempt");
        assertEquals(List.of(1L, 2L, 4L, 8L), List.of(settings.delayAfter(1), settings.delayAfter(2),
                settings.delayAfter(3), settings.delayAfter(4)));
        assertEquals(6 * 3600L, settings.delayAfter(40), "capped");
    }

    @Test
    void aSenderSlowedDownByItsServerHandsTheRestOfTheBatchBackBeforeItsLeaseEnds() {
        String kind = "SLOW_" + UUID.randomUUID().toString().substring(0, 8);
        transactions.inTenant("lvkk", sql -> {
            for (int i = 0; i < 12; i++) {
                OutboxLedger.put(sql, "lvkk", kind, "nl", mail(kind + " " + i));
            }
            return null;
        });
        AtomicInteger batches = new AtomicInteger();
        OutboxRound sender = new OutboxRound(transactions, mails -> {
            if (batches.incrementAndGet() == 1) {
                sleep(Duration.ofMillis(5_500)); // past half of the shortest lease (10 s)
            }
            return mails.stream().map(mail -> new Delivery(Outcome.SENT, null)).toList();
        }, new OutboxSettings(1, 12, 10, 60, 5));

        OutboxRound.Result first = sender.deliver("lvkk");
        assertEquals(12, first.claimed());
        assertEquals(10, first.sent(), "the first ten went out; two were handed back unsent");
        assertEquals(Map.of("PENDING", 2L, "SENT", 10L), statuses(kind));
        assertEquals(2, sender.deliver("lvkk").sent(), "handed back mails are due at once, not after the lease");
        assertEquals(Map.of("SENT", 12L), statuses(kind));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aMailWrittenInATransactionThatRollsBackIsNeverThere() throws SQLException {
        String kind = "ROLLBACK_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, "vkkl");
            OutboxLedger.put(JdbcSql.on(connection), "vkkl", kind, "nl", mail(kind));
            assertEquals(1L, JdbcSql.on(connection).rows("select count(*) as n from mail_outbox where kind = #a0", kind)
                    .get(0).get("n"));
            connection.rollback();
        }
        assertEquals(Map.of(), statuses(kind));
    }

    @Test
    void aTenantWritesNoMailIntoAnotherTenantsOutbox() {
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> transactions.inTenant("zhvkk",
                        sql -> OutboxLedger.put(sql, "vkkl", "FORGED", "nl", mail("FORGED"))));
        assertTrue(refused.getCause().getMessage().contains("row-level security"), refused.getCause().getMessage());
    }

    @Test
    void erasingAPersonClearsTheMailsToTheirAddressInTheirOwnProvinceOnlyAndStopsWhatWasNotSent() {
        String kind = "ERASE_" + UUID.randomUUID().toString().substring(0, 8);
        String erased = kind.toLowerCase() + "@example.test";
        UUID sent = transactions.inTenant("vkkl", sql -> OutboxLedger.put(sql, "vkkl", kind, "nl", mail(kind, erased)));
        transactions.inTenant("vkkl", sql -> OutboxLedger.sent(sql,
                only(kind, OutboxLedger.claim(sql, 500, 60).stream().filter(c -> c.id().equals(sent)).toList())));
        transactions.inTenant("vkkl",
                sql -> OutboxLedger.put(sql, "vkkl", kind, "nl", mail(kind, erased.toUpperCase())));
        transactions.inTenant("vkkl",
                sql -> OutboxLedger.put(sql, "vkkl", kind, "nl", mail(kind, "other@example.test")));
        transactions.inTenant("zhvkk", sql -> OutboxLedger.put(sql, "zhvkk", kind, "nl", mail(kind, erased)));

        assertEquals(2, transactions.<Integer> inTenant("vkkl", sql -> OutboxLedger.forget(sql, erased)));

        List<Map<String, Object>> vkkl = transactions.inTenant("vkkl", sql -> sql.rows("select recipient, subject,"
                + " text_body, html_body, status, last_error from mail_outbox where kind = #a0 order by recipient",
                kind));
        assertEquals(List.of("(gewist)", "(gewist)", "other@example.test"),
                vkkl.stream().map(r -> r.get("recipient")).toList());
        assertTrue(vkkl.stream().limit(2).allMatch(r -> "(gewist)".equals(r.get("text_body"))
                && r.get("html_body") == null && "(gewist)".equals(r.get("subject"))), vkkl.toString());
        assertEquals(Set.of("SENT", "NOT_SENT"), Set.of(vkkl.get(0).get("status"), vkkl.get(1).get("status")),
                "what went out stays counted as sent; what had not gone out never will");
        assertEquals(Map.of("PENDING", 2L, "SENT", 1L, "NOT_SENT", 1L), statuses(kind));
        assertEquals(List.of(erased),
                transactions
                        .inTenant("zhvkk", sql -> sql.rows("select recipient from mail_outbox where kind = #a0", kind))
                        .stream().map(r -> r.get("recipient")).toList(),
                "another province's mail to the same address is that province's business");
    }

    private static OutgoingMail mail(String label, String to) {
        return new OutgoingMail(label, to, "Onderwerp", "Tekst", "<p>Tekst</p>", Optional.empty(), null);
    }

    private static OutgoingMail mail(String label) {
        return new OutgoingMail(label, "someone@example.test", "Onderwerp", "Tekst", "<p>Tekst</p>", Optional.empty(),
                null);
    }

    private static Claimed only(String kind, List<Claimed> claimed) {
        List<Claimed> mine = claimed.stream().filter(c -> c.mail().label().startsWith(kind)).toList();
        assertEquals(1, mine.size());
        return mine.get(0);
    }

    private Map<String, Long> statuses(String kind) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String tenant : List.of("vkkl", "zhvkk", "ovkk", "lvkk")) {
            transactions
                    .inTenant(tenant,
                            sql -> sql.rows(
                                    "select status, count(*) as n from mail_outbox where kind = #a0 group by status",
                                    kind))
                    .forEach(r -> counts.merge((String) r.get("status"), ((Number) r.get("n")).longValue(), Long::sum));
        }
        return counts;
    }

    private Map<String, Object> row(String kind) {
        for (String tenant : List.of("vkkl", "zhvkk", "ovkk", "lvkk")) {
            List<Map<String, Object>> rows = transactions.inTenant(tenant, sql -> sql
                    .rows("select status, attempts, last_error, extract(epoch from next_attempt_at - clock_timestamp())"
                            + " as wait from mail_outbox where kind = #a0", kind));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
        }
        throw new AssertionError("no row of " + kind);
    }

    private static <T> T await(Supplier<Optional<T>> poll) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Optional<T> found = poll.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing within " + TIMEOUT);
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
