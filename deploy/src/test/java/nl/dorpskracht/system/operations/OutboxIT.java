package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The outbox across a stop: a mail that could not go out (the SMTP server unreachable) waits in the database, is tried
 * again with back-off, and after a restart with a working server arrives exactly once, with the Message-ID it was given
 * when it was written.
 */
public class OutboxIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    public void aMailPendingWhenTheServerStopsIsDeliveredAfterTheRestartExactlyOnce() throws Exception {
        Path work = RunningDorpskracht.newWorkDirectory();
        Map<String, String> unreachable = new HashMap<>(fastOutbox());
        unreachable.put("DORPSKRACHT_SMTP_HOST", "127.0.0.1");
        unreachable.put("DORPSKRACHT_SMTP_PORT", String.valueOf(closedPort()));
        String label;
        Map<String, String> pending;
        RunningDorpskracht first = RunningDorpskracht.start(work, unreachable);
        try {
            String registration = register(first);
            label = "CONFIRMATION for registration " + registration;
            pending = await(first, label, row -> Integer.parseInt(row.get("attempts")) >= 2);
            assertEquals("PENDING", pending.get("status"), pending.toString());
            assertTrue(pending.get("last_error").endsWith("MailConnectException"), pending.toString());
            assertTrue(pending.get("message_id").matches("<[0-9a-f-]{36}@dorpskracht>"), pending.toString());
        } finally {
            first.stop();
        }

        Map<String, String> working = new HashMap<>(TestMail.environment());
        working.putAll(fastOutbox());
        RunningDorpskracht second = RunningDorpskracht.start(work, working);
        try {
            Map<String, String> sent = await(second, label, row -> "SENT".equals(row.get("status")));
            assertEquals(pending.get("message_id"), sent.get("message_id"), "the Message-ID of the first attempt");
            assertNotNull(sent.get("sent_at"));
            // once recorded SENT no sender claims the row again: what arrived until now is all that will arrive
            var received = TestMail.withMessageId(pending.get("message_id"));
            assertEquals(1, received.size(), "exactly one mail with this Message-ID");
            MimeMessage mail = received.get(0);
            assertTrue(mail.getSubject().startsWith("Aanmelding bevestigd: Outbox "), mail.getSubject());
            assertTrue(TestMail.calendar(mail).isPresent(), "the .ics attachment survives the outbox");
            assertTrue(!read(second.log()).contains("member@zhvkk.demo")
                    && !read(first.log()).contains("member@zhvkk.demo"), "no address in either log");
        } finally {
            second.stop();
        }
    }

    /** Looks often and retries soon, so that the test waits seconds, not the product's minutes. */
    private static Map<String, String> fastOutbox() {
        return Map.of("DORPSKRACHT_MAIL_POLL_SECONDS", "1", "DORPSKRACHT_MAIL_RETRY_SECONDS", "1",
                "DORPSKRACHT_MAIL_ATTEMPTS", "1000");
    }

    private static String register(RunningDorpskracht server) {
        Api.Reply event = Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD).postJson(
                "/api/v1/zhvkk/events",
                "{\"type\":\"OPPE_KOFFIE\",\"title\":\"Outbox " + System.nanoTime() + "\","
                        + "\"startsAt\":\"2030-05-01T10:00\",\"endsAt\":\"2030-05-01T12:00\","
                        + "\"location\":\"Dorpshuis\",\"status\":\"PUBLISHED\"}");
        assertEquals(201, event.status(), event.body());
        Api.Reply registered = Api.of(server, "member@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD).postJson(
                "/api/v1/zhvkk/events/" + event.json().getString("id") + "/registrations",
                "{\"consentToShare\":false}");
        assertEquals(201, registered.status(), registered.body());
        return registered.json().getString("id");
    }

    private static Map<String, String> await(RunningDorpskracht server, String label,
            Predicate<Map<String, String>> matching) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Optional<Map<String, String>> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = row(server, label);
            if (last.isPresent() && matching.test(last.get())) {
                return last.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox row of " + label + " not as expected within " + TIMEOUT + ": " + last);
    }

    private static Optional<Map<String, String>> row(RunningDorpskracht server, String label) throws SQLException {
        try (Connection connection = server.superuser(); PreparedStatement query = connection.prepareStatement(
                "select status, attempts, last_error," + " message_id, sent_at from mail_outbox where label = ?")) {
            query.setString(1, label);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                    row.put(rows.getMetaData().getColumnLabel(c), rows.getString(c));
                }
                return Optional.of(row);
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
