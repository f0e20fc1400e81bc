package nl.dorpskracht.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.outbox.control.OutboxRound;
import nl.dorpskracht.outbox.control.OutboxSettings;
import nl.dorpskracht.testsupport.JdbcSql;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (run with {@code -Dtest=OutboxThroughputBenchmark -Dbenchmark.mails=2000}): how many mails per
 * second one sender moves from the outbox through real SMTP (GreenMail in this JVM) on a real PostgreSQL, claim, send
 * and record included. Prints the figure; asserts only that every mail arrived once.
 */
class OutboxThroughputBenchmark {

    @Test
    void mailsPerSecondThroughOneSender() throws Exception {
        int mails = Integer.getInteger("benchmark.mails", 1000);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            MailSender sender = new MailSender();
            sender.configure(new MailSettings(Optional.of("127.0.0.1"), port, Optional.empty(), Optional.empty(), false,
                    "Dorpskracht <noreply@dorpskracht.test>"));
            long t0 = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                sender.deliver(new OutgoingMail("probe " + i, "probe@ovkk.example", "Probe", "Tekst", "<p>Tekst</p>",
                        Optional.empty(), null));
            }
            System.out.printf("PROBE SMTP alone: %d ms per mail%n", (System.nanoTime() - t0) / 50_000_000);
            long t1 = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                new JdbcSql().inTenant("ovkk", sql -> sql.rows("select 1 as one"));
            }
            System.out.printf("PROBE JDBC transaction alone: %d ms each%n", (System.nanoTime() - t1) / 50_000_000);
            JdbcSql transactions = new JdbcSql();
            String kind = "BENCH_" + UUID.randomUUID().toString().substring(0, 8);
            long writeStart = System.nanoTime();
            transactions.inTenant("ovkk", sql -> {
                for (int i = 0; i < mails; i++) {
                    OutboxLedger.put(sql, "ovkk", kind, "nl",
                            new OutgoingMail(kind + " " + i, "lid" + i + "@ovkk.example",
                                    "Aanmelding bevestigd: Benchmark", "Beste lid,\n\nTekst.\n",
                                    "<p>Beste lid,</p><p>Tekst.</p>", Optional.empty(), null));
                }
                return null;
            });
            long written = System.nanoTime();
            OutboxRound round = new OutboxRound(transactions, sender::deliverAll,
                    new OutboxSettings(1, 50, 300, 60, 10));
            int sent = 0;
            for (OutboxRound.Result result; (result = round.deliver("ovkk")).claimed() > 0;) {
                sent += result.sent();
            }
            long done = System.nanoTime();
            assertEquals(mails + 50, smtp.getReceivedMessages().length);
            System.out.printf(
                    "OUTBOX BENCHMARK: %d mails written in %d ms (%.0f/s); sent %d through SMTP in %d ms"
                            + " (%.0f mails/s, one sender, batch 50)%n",
                    mails, (written - writeStart) / 1_000_000, mails / ((written - writeStart) / 1e9), sent,
                    (done - written) / 1_000_000, sent / ((done - written) / 1e9));
        } finally {
            smtp.stop();
        }
    }
}
