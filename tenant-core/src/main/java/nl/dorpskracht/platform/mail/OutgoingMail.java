package nl.dorpskracht.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * One mail to one address: a plain-text body, optionally an HTML body of the same content and one attachment.
 * {@code label} names the mail in logs, e.g. "CONFIRMATION for registration 0f3…": never an address or a name.
 * {@code messageId}, when given, is sent as the {@code Message-ID} header: the outbox fixes it when the mail is
 * written, so a mail sent twice after a crash is recognisably the same mail.
 */
public record OutgoingMail(String label, String to, String subject, String text, String html,
        Optional<Attachment> attachment, String messageId, Optional<BulkHeaders> bulk) {

    public OutgoingMail {
        Objects.requireNonNull(label);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        attachment = attachment == null ? Optional.empty() : attachment;
        bulk = bulk == null ? Optional.empty() : bulk;
    }

    /** A mail to one person about their own business (no list headers). */
    public OutgoingMail(String label, String to, String subject, String text, String html,
            Optional<Attachment> attachment, String messageId) {
        this(label, to, subject, text, html, attachment, messageId, Optional.empty());
    }

    /** A plain-text mail without a fixed Message-ID. */
    public OutgoingMail(String label, String to, String subject, String text, Optional<Attachment> attachment) {
        this(label, to, subject, text, null, attachment, null);
    }

    public OutgoingMail withMessageId(String id) {
        return new OutgoingMail(label, to, subject, text, html, attachment, id, bulk);
    }

    /** A file sent along, e.g. {@code afspraak.ics} as {@code text/calendar; method=PUBLISH}. */
    public record Attachment(String fileName, String contentType, String content) {

        /**
         * A binary file (a PDF): kept as Base64 text, as the outbox stores attachments as text. Any type that is not
         * {@code text/*} is read back as Base64 ({@link #bytes()}).
         */
        public static Attachment binary(String fileName, String contentType, byte[] bytes) {
            return new Attachment(fileName, contentType, Base64.getEncoder().encodeToString(bytes));
        }

        public boolean isText() {
            return contentType.startsWith("text/");
        }

        /** The file's bytes: the text in UTF-8, or the Base64 content decoded. */
        public byte[] bytes() {
            return isText() ? content.getBytes(StandardCharsets.UTF_8) : Base64.getDecoder().decode(content);
        }
    }

    /**
     * A mail sent to a list (a newsletter): {@code List-Unsubscribe} with the link (and a mailto, if any; RFC 2369),
     * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} when the link is https or http (RFC 8058), and
     * {@code Precedence: bulk} with {@code Auto-Submitted: auto-generated} (RFC 3834), so no holiday reply answers it.
     */
    public record BulkHeaders(String unsubscribeUrl, String unsubscribeMailto) {

        public BulkHeaders {
            Objects.requireNonNull(unsubscribeUrl);
        }

        /** The value of {@code List-Unsubscribe}: angle-bracketed URIs, the web link first. */
        public String listUnsubscribe() {
            return "<" + unsubscribeUrl + ">"
                    + (unsubscribeMailto == null || unsubscribeMailto.isBlank() ? "" : ", <" + unsubscribeMailto + ">");
        }

        /** RFC 8058 one-click asks for an HTTPS URI; plain http is allowed here for a local installation. */
        public boolean oneClick() {
            return unsubscribeUrl.startsWith("https://") || unsubscribeUrl.startsWith("http://");
        }
    }
}
