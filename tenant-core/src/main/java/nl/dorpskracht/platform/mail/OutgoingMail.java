package nl.dorpskracht.platform.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * One mail to one address: a plain-text body, optionally an HTML body of the same content and one attachment.
 * {@code label} names the mail in logs, e.g. "CONFIRMATION for registration 0f3…": never an address or a name.
 * {@code messageId}, when given, is sent as the {@code Message-ID} header: the outbox fixes it when the mail is
 * written, so a mail sent twice after a crash is recognisably the same mail.
 */
public record OutgoingMail(String label, String to, String subject, String text, String html,
        Optional<Attachment> attachment, String messageId) {

    public OutgoingMail {
        Objects.requireNonNull(label);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        attachment = attachment == null ? Optional.empty() : attachment;
    }

    /** A plain-text mail without a fixed Message-ID. */
    public OutgoingMail(String label, String to, String subject, String text, Optional<Attachment> attachment) {
        this(label, to, subject, text, null, attachment, null);
    }

    public OutgoingMail withMessageId(String id) {
        return new OutgoingMail(label, to, subject, text, html, attachment, id);
    }

    /** A file sent along, e.g. {@code afspraak.ics} as {@code text/calendar; method=PUBLISH}. */
    public record Attachment(String fileName, String contentType, String content) {
    }
}
