package nl.dorpskracht.platform.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * One plain-text mail to one address, optionally with one attachment. {@code label} names the mail in logs, e.g.
 * "CONFIRMATION for registration 0f3…": never an address or a name.
 */
public record OutgoingMail(String label, String to, String subject, String text, Optional<Attachment> attachment) {

    public OutgoingMail {
        Objects.requireNonNull(label);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        attachment = attachment == null ? Optional.empty() : attachment;
    }

    /** A file sent along, e.g. {@code afspraak.ics} as {@code text/calendar; method=PUBLISH}. */
    public record Attachment(String fileName, String contentType, String content) {
    }
}
