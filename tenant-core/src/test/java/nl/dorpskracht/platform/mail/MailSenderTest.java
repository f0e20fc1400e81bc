package nl.dorpskracht.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.dorpskracht.platform.mail.MailSender.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mail that cannot go out is logged by its label only and never thrown at the caller. */
class MailSenderTest {

    private static final String ADDRESS = "jan.jansen@dorp.example";
    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(MailSender.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @Test
    void withoutAHostOneLineIsLoggedAndNothingSent() {
        MailSender sender = new MailSender();
        sender.configure(new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), false, "x@y"));
        assertEquals(Outcome.NOT_CONFIGURED, sender.send(mail()));
        assertTrue(logged.contains("Mail CONFIRMATION for registration 42 not sent: no SMTP host configured"),
                logged.toString());
        assertNoPersonalData();
    }

    @Test
    void aServerThatDoesNotAnswerFailsTheMailNotTheCaller() throws IOException {
        MailSender sender = new MailSender();
        sender.configure(new MailSettings(Optional.of("127.0.0.1"), closedPort(), Optional.of("smtp-user"),
                Optional.of("smtp-secret"), false, "Dorpskracht <noreply@dorpskracht.test>"));
        assertEquals(Outcome.FAILED, sender.send(mail()));
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("Mail CONFIRMATION for registration 42 not sent")),
                logged.toString());
        assertNoPersonalData();
        assertFalse(String.join("\n", logged).contains("smtp-secret"));
    }

    private void assertNoPersonalData() {
        String all = String.join("\n", logged);
        assertFalse(all.contains(ADDRESS), all);
        assertFalse(all.contains("Jan Jansen"), all);
    }

    private static OutgoingMail mail() {
        return new OutgoingMail("CONFIRMATION for registration 42", ADDRESS, "Aanmelding bevestigd",
                "Beste Jan Jansen,", Optional.empty());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
