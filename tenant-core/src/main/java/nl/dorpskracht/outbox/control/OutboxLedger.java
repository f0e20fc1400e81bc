package nl.dorpskracht.outbox.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.mail.OutgoingMail.Attachment;

/**
 * Every statement on {@code mail_outbox} (V15), each in the caller's transaction under its tenant's row security. The
 * claim and its record are guarded by the attempt number, a fencing token: a sender whose lease ran out and whose row
 * was claimed again cannot overwrite what the newer claim records.
 */
public final class OutboxLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";
    /** What stands where erased personal data stood, as in the rest of the erasure. */
    private static final String ERASED = "(gewist)";
    /**
     * Mails whose body holds a one-time link (an invitation, a password reset): once such a mail is done with, sent or
     * not, its bodies go, so the link lives in the database only as its hash and for the seconds before sending.
     */
    private static final String SPENT_SECRET = "kind in ('INVITATION', 'PASSWORD_RESET', 'MATCH_PROPOSAL')";
    private static final String BLANK_SECRET = " text_body = case when " + SPENT_SECRET
            + " then '(eenmalige link verwijderd)' else text_body end, html_body = case when " + SPENT_SECRET
            + " then null else html_body end,";

    /** The priority of list mail; every other mail has 0 and is claimed first. */
    public static final int BULK = 1;

    /** A mail claimed for sending: its row, the attempt this is, and what to send. */
    public record Claimed(UUID id, int attempt, OutgoingMail mail) {
    }

    /** A row recorded with only what it is about, to be composed in its tenant before it is sent. */
    public record ToCompose(UUID id, String kind, UUID about) {
    }

    private OutboxLedger() {
    }

    public static UUID put(Sql sql, String tenant, String kind, String language, OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        Optional<Attachment> file = mail.attachment();
        sql.rows("insert into mail_outbox (tenant_id, id, kind, label, recipient, language, subject, html_body,"
                + " text_body, attachment_name, attachment_type, attachment_content, message_id) values (#a0,"
                + " cast(#a1 as uuid), #a2, #a3, #a4, #a5, #a6, #a7, #a8, #a9, #a10, #a11, #a12) returning tenant_id",
                tenant, id.toString(), kind, mail.label(), mail.to(), language, mail.subject(), mail.html(),
                mail.text(), file.map(Attachment::fileName).orElse(null),
                file.map(Attachment::contentType).orElse(null), file.map(Attachment::content).orElse(null),
                messageId(id));
        return id;
    }

    /**
     * A mail to a list (a newsletter): priority {@link #BULK}, so any mail a person waits for goes out first; its list
     * headers kept beside it; {@code about} names what it belongs to (the newsletter), for its progress.
     */
    public static UUID putBulk(Sql sql, String tenant, String kind, String language, UUID about, OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        OutgoingMail.BulkHeaders bulk = mail.bulk().orElseThrow(() -> new IllegalArgumentException("no list headers"));
        sql.rows("insert into mail_outbox (tenant_id, id, kind, label, about, recipient, language, subject, html_body,"
                + " text_body, message_id, priority, list_unsubscribe, list_unsubscribe_post) values (#a0,"
                + " cast(#a1 as uuid), #a2, #a3, cast(#a4 as uuid), #a5, #a6, #a7, #a8, #a9, #a10, #a11, #a12, #a13)"
                + " returning tenant_id", tenant, id.toString(), kind, mail.label(), about.toString(), mail.to(),
                language, mail.subject(), mail.html(), mail.text(), messageId(id), BULK, bulk.unsubscribeUrl(),
                bulk.oneClick());
        return id;
    }

    /**
     * A mail recorded with only what it is about, composed by its {@link DeferredMail} before the first attempt, under
     * a Message-ID the caller derives from what it is about: a second row with that Message-ID is refused (the unique
     * index of V15), so a retried cause never mails twice. Empty when such a mail exists already.
     */
    public static Optional<UUID> putDeferred(Sql sql, String tenant, String kind, String label, UUID about,
            String messageId) {
        UUID id = UUID.randomUUID();
        return sql.rows(
                "insert into mail_outbox (tenant_id, id, kind, label, about, message_id) values (#a0,"
                        + " cast(#a1 as uuid), #a2, #a3, cast(#a4 as uuid), #a5) on conflict (tenant_id, message_id)"
                        + " do nothing returning tenant_id",
                tenant, id.toString(), kind, label, about.toString(), messageId).isEmpty() ? Optional.empty()
                        : Optional.of(id);
    }

    /** Stable for the life of the row: every attempt sends the same header. */
    public static String messageId(UUID id) {
        return "<" + id + "@dorpskracht>";
    }

    /**
     * Leases up to {@code limit} due mails: pending ones whose time has come, and sending ones whose lease ran out
     * (their sender died between sending and recording). Rows another sender is claiming right now are skipped, not
     * waited for.
     */
    public static List<Claimed> claim(Sql sql, int limit, long leaseSeconds) {
        return sql.rows("with due as (select tenant_id, id from mail_outbox where " + MINE
                + " and status in ('PENDING', 'SENDING') and next_attempt_at <= clock_timestamp()"
                + " and text_body is not null order by priority, next_attempt_at limit #a0 for update skip locked)"
                + " update mail_outbox m set status = 'SENDING', attempts = m.attempts + 1,"
                + " lease_until = clock_timestamp() + make_interval(secs => #a1),"
                + " next_attempt_at = clock_timestamp() + make_interval(secs => #a1)"
                + " from due where m.tenant_id = due.tenant_id and m.id = due.id"
                + " returning cast(m.id as varchar) as id, m.attempts, m.label, m.recipient, m.subject, m.text_body,"
                + " m.html_body, m.attachment_name, m.attachment_type, m.attachment_content, m.message_id,"
                + " m.list_unsubscribe", limit, leaseSeconds).stream().map(OutboxLedger::claimed).toList();
    }

    public static boolean sent(Sql sql, Claimed mail) {
        return !sql.rows("update mail_outbox set status = 'SENT', sent_at = clock_timestamp(), lease_until = null,"
                + BLANK_SECRET + " last_error = null where " + MINE
                + " and id = cast(#a0 as uuid) and status = 'SENDING'" + " and attempts = #a1 returning tenant_id",
                mail.id().toString(), mail.attempt()).isEmpty();
    }

    /** Gives a claimed mail back unsent (its attempt did not happen), due at once for the next round. */
    public static boolean handBack(Sql sql, Claimed mail) {
        return !sql.rows(
                "update mail_outbox set status = 'PENDING', attempts = attempts - 1, lease_until = null,"
                        + " next_attempt_at = clock_timestamp() where " + MINE + " and id = cast(#a0 as uuid)"
                        + " and status = 'SENDING' and attempts = #a1 returning tenant_id",
                mail.id().toString(), mail.attempt()).isEmpty();
    }

    /** Not sent by design (no SMTP host) or never sendable (the registration is gone): no retry. */
    public static boolean notSent(Sql sql, UUID id, String reason) {
        return !sql.rows(
                "update mail_outbox set status = 'NOT_SENT', lease_until = null," + BLANK_SECRET
                        + " last_error = #a1 where " + MINE
                        + " and id = cast(#a0 as uuid) and status in ('PENDING', 'SENDING') returning tenant_id",
                id.toString(), reason).isEmpty();
    }

    /**
     * Erasure of a person reaches the mails to their address: recipient, subject, bodies and attachment go, the row
     * stays as a count; a mail not yet sent is not sent any more. Returns how many mails were cleared.
     */
    public static int forget(Sql sql, String address) {
        return sql.rows("update mail_outbox set recipient = '" + ERASED + "', subject = '" + ERASED + "',"
                + " text_body = '" + ERASED + "', html_body = null, attachment_name = null, attachment_type = null,"
                + " attachment_content = null, lease_until = null,"
                + " last_error = case when status in ('PENDING', 'SENDING') then 'ERASED' else last_error end,"
                + " status = case when status in ('PENDING', 'SENDING') then 'NOT_SENT' else status end" + " where "
                + MINE + " and lower(recipient) = lower(#a0) returning tenant_id", address).size();
    }

    /** Tries again after {@code delaySeconds}; after {@code maxAttempts} the mail is FAILED for good. */
    public static boolean retryOrFail(Sql sql, Claimed mail, int maxAttempts, long delaySeconds, String error) {
        return !sql.rows("update mail_outbox set status = case when attempts >= #a2 then 'FAILED' else 'PENDING' end,"
                + " text_body = case when attempts >= #a2 and " + SPENT_SECRET
                + " then '(eenmalige link verwijderd)' else text_body end,"
                + " html_body = case when attempts >= #a2 and " + SPENT_SECRET + " then null else html_body end,"
                + " next_attempt_at = clock_timestamp() + make_interval(secs => #a3), lease_until = null,"
                + " last_error = #a4 where " + MINE + " and id = cast(#a0 as uuid) and status = 'SENDING'"
                + " and attempts = #a1 returning tenant_id", mail.id().toString(), mail.attempt(), maxAttempts,
                delaySeconds, error).isEmpty();
    }

    /** Rows recorded with only what they are about (a promotion, by the database), locked until composed. */
    public static List<ToCompose> toCompose(Sql sql, int limit) {
        return sql
                .rows("select cast(id as varchar) as id, kind, cast(about as varchar) as about from mail_outbox"
                        + " where " + MINE + " and status = 'PENDING' and text_body is null and about is not null"
                        + " order by next_attempt_at limit #a0 for update skip locked", limit)
                .stream().map(row -> new ToCompose(UUID.fromString((String) row.get("id")), (String) row.get("kind"),
                        UUID.fromString((String) row.get("about"))))
                .toList();
    }

    public static void composed(Sql sql, UUID id, String language, OutgoingMail mail) {
        Optional<Attachment> file = mail.attachment();
        sql.rows("update mail_outbox set label = #a1, recipient = #a2, language = #a3, subject = #a4, html_body = #a5,"
                + " text_body = #a6, attachment_name = #a7, attachment_type = #a8, attachment_content = #a9 where "
                + MINE + " and id = cast(#a0 as uuid) returning tenant_id", id.toString(), mail.label(), mail.to(),
                language, mail.subject(), mail.html(), mail.text(), file.map(Attachment::fileName).orElse(null),
                file.map(Attachment::contentType).orElse(null), file.map(Attachment::content).orElse(null));
    }

    private static Claimed claimed(Map<String, Object> row) {
        Optional<Attachment> file = row.get("attachment_name") == null ? Optional.empty()
                : Optional.of(new Attachment((String) row.get("attachment_name"), (String) row.get("attachment_type"),
                        (String) row.get("attachment_content")));
        Optional<OutgoingMail.BulkHeaders> bulk = Optional.ofNullable((String) row.get("list_unsubscribe"))
                .map(url -> new OutgoingMail.BulkHeaders(url, null));
        OutgoingMail mail = new OutgoingMail((String) row.get("label"), (String) row.get("recipient"),
                (String) row.get("subject"), (String) row.get("text_body"), (String) row.get("html_body"), file,
                (String) row.get("message_id"), bulk);
        return new Claimed(UUID.fromString((String) row.get("id")), ((Number) row.get("attempts")).intValue(), mail);
    }
}
