package nl.dorpskracht.system.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.dorpskracht.testsupport.FreePort;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once; the shared server sends its mail here. Reminders are
 * looked for every {@link #REMINDER_INTERVAL_SECONDS} seconds (event reminders and payment reminders alike).
 */
public final class TestMail {

    public static final int REMINDER_INTERVAL_SECONDS = 2;
    private static GreenMail server;

    private TestMail() {
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(FreePort.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** What the application needs to send here. */
    public static Map<String, String> environment() {
        return Map.of("DORPSKRACHT_SMTP_HOST", "127.0.0.1", "DORPSKRACHT_SMTP_PORT",
                String.valueOf(server().getSmtp().getPort()), "DORPSKRACHT_MAIL_FROM",
                "Dorpskracht test <noreply@dorpskracht.test>", "DORPSKRACHT_REMINDER_INTERVAL_SECONDS",
                String.valueOf(REMINDER_INTERVAL_SECONDS), "DORPSKRACHT_MAIL_POLL_SECONDS", "1",
                "DORPSKRACHT_PAYMENT_REMINDER_INTERVAL_SECONDS", String.valueOf(REMINDER_INTERVAL_SECONDS));
    }

    /** Every mail received so far with this Message-ID header. */
    public static List<MimeMessage> withMessageId(String messageId) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> {
            try {
                return messageId.equals(message.getMessageID());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** How many mails the server received so far, to anyone. */
    public static int received() {
        return server().getReceivedMessages().length;
    }

    /** Every mail received so far for this address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits until a mail for the address matches, and returns it; fails after the timeout. */
    public static MimeMessage await(String address, Predicate<MimeMessage> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<MimeMessage> found = to(address).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No matching mail within " + timeout + "; received: " + subjects(address));
            }
            pause(200);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Waits until no mail to the address is waiting in any outbox (every row sent, failed or given up): after this, a
     * mail that is not in {@link #to} is not on its way either, as long as the caller knows its rows were written.
     */
    public static void awaitOutboxSettled(String address) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"0".equals(Database.single("select count(*) from mail_outbox where lower(recipient) = lower(?)"
                + " and status in ('PENDING', 'SENDING')", address))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Mail to " + address + " still waiting in the outbox after 30 s");
            }
            pause(200);
        }
    }

    public static MimeMessage awaitSubject(String address, String subjectStart) {
        return await(address, message -> subject(message).startsWith(subjectStart), Duration.ofSeconds(30));
    }

    public static List<String> subjects(String address) {
        return to(address).stream().map(TestMail::subject).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain").map(TestMail::content).orElseThrow();
    }

    /** The text/html part, if there is one. */
    public static Optional<String> html(MimeMessage message) {
        return part(message, "text/html").map(TestMail::content);
    }

    /** The text/calendar attachment, if there is one. */
    public static Optional<String> calendar(MimeMessage message) {
        return part(message, "text/calendar").map(TestMail::content);
    }

    /** Everything the mail says, for checking what it must not say. */
    public static String whole(MimeMessage message) {
        try (InputStream raw = message.getRawInputStream()) {
            return subject(message) + "\n" + text(message) + "\n" + calendar(message).orElse("") + "\n"
                    + new String(raw.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Part> part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return Optional.of(part);
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    Optional<Part> found = part(body, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
