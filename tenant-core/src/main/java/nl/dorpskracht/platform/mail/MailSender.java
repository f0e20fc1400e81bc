package nl.dorpskracht.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends mail over SMTP with the container's Jakarta Mail (Payara Micro bundles Angus Mail). Never throws: a mail that
 * cannot go out is logged by its label only (no address, no name, no server answer, which may quote the address).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** What became of a mail. {@code NOT_CONFIGURED}: no SMTP host, so nothing is sent by design. */
    public enum Outcome {
        SENT, NOT_CONFIGURED, FAILED
    }

    private MailSettings settings;
    private Session session;

    @PostConstruct
    void configure() {
        configure(MailSettings.from(ConfigProvider.getConfig()));
    }

    void configure(MailSettings settings) {
        this.settings = settings;
        if (settings.configured()) {
            session = Session.getInstance(settings.sessionProperties(), authenticator(settings));
            LOG.info(() -> "Mail goes out over SMTP at " + settings.host().orElseThrow() + ":" + settings.port());
        } else {
            LOG.info("No SMTP host configured (DORPSKRACHT_SMTP_HOST): mails are logged, not sent");
        }
    }

    /** What became of a mail, and for a failure the exception class (never its message, which may quote an address). */
    public record Delivery(Outcome outcome, String error) {
    }

    public Outcome send(OutgoingMail mail) {
        return deliver(mail).outcome();
    }

    public Delivery deliver(OutgoingMail mail) {
        return deliverAll(List.of(mail)).get(0);
    }

    /**
     * Sends the mails in order over one SMTP connection (a new connection per mail costs a handshake each), and says
     * per mail what became of it. A mail the server refuses fails alone; after a broken connection the next mail opens
     * a new one.
     */
    public List<Delivery> deliverAll(List<OutgoingMail> mails) {
        List<Delivery> deliveries = new ArrayList<>(mails.size());
        Transport transport = null;
        try {
            for (OutgoingMail mail : mails) {
                if (session == null) {
                    LOG.info(() -> "Mail " + mail.label() + " not sent: no SMTP host configured");
                    deliveries.add(new Delivery(Outcome.NOT_CONFIGURED, "NO_SMTP_HOST"));
                    continue;
                }
                if (mail.to() == null || mail.to().isBlank()) {
                    LOG.info(() -> "Mail " + mail.label() + " not sent: no address");
                    deliveries.add(new Delivery(Outcome.FAILED, "NO_ADDRESS"));
                    continue;
                }
                try {
                    MimeMessage message = message(mail);
                    message.saveChanges();
                    if (transport == null || !transport.isConnected()) {
                        close(transport);
                        transport = session.getTransport();
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                    LOG.fine(() -> "Mail " + mail.label() + " sent");
                    deliveries.add(new Delivery(Outcome.SENT, null));
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Mail " + mail.label() + " not sent: " + e.getClass().getName());
                    deliveries.add(new Delivery(Outcome.FAILED, e.getClass().getName()));
                }
            }
        } finally {
            close(transport);
        }
        return deliveries;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails were sent or recorded as failed already; a failing QUIT changes nothing
            }
        }
    }

    /**
     * Plain text alone; or text and HTML as {@code multipart/alternative}; with an attachment, that inside
     * {@code multipart/mixed}.
     */
    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (mail.bulk().isPresent()) {
            listHeaders(message, mail.bulk().get());
        }
        if (mail.html() == null && mail.attachment().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            return message;
        }
        MimeBodyPart body = new MimeBodyPart();
        if (mail.html() == null) {
            body.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            if (mail.attachment().isEmpty()) {
                message.setContent(alternative);
                return message;
            }
            body.setContent(alternative);
        }
        OutgoingMail.Attachment attached = mail.attachment().get();
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attached.bytes(),
                attached.isText() ? attached.contentType() + "; charset=UTF-8" : attached.contentType())));
        file.setFileName(attached.fileName());
        message.setContent(new MimeMultipart(body, file));
        return message;
    }

    private static void listHeaders(MimeMessage message, OutgoingMail.BulkHeaders bulk) throws MessagingException {
        message.setHeader("List-Unsubscribe", bulk.listUnsubscribe());
        if (bulk.oneClick()) {
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Precedence", "bulk");
        message.setHeader("Auto-Submitted", "auto-generated");
    }

    /** Keeps the Message-ID the outbox chose; Jakarta Mail would otherwise make a new one on every attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (settings.user().isEmpty()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
    }
}
