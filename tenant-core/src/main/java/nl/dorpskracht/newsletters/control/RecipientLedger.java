package nl.dorpskracht.newsletters.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.outbox.control.Sql;

/**
 * Who a newsletter goes to, and how far handing it to the outbox got. The list is fixed when sending starts: every
 * contact person of the association with newsletter consent, not erased, with an address; one per address (a person who
 * is contact for two organisations, or two persons sharing an address, get one mail), the primary contact first.
 */
public final class RecipientLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";

    /** One recipient of a batch, with what their mail needs. */
    public record Due(UUID contactPersonId, String email, boolean stillConsenting) {
    }

    private RecipientLedger() {
    }

    /** Returns the number of addresses. */
    public static int fix(Sql sql, String tenant, UUID newsletter) {
        return sql.rows("insert into newsletter_recipient (tenant_id, newsletter_id, contact_person_id)"
                + " select #a0, cast(#a1 as uuid), chosen.id from (select distinct on (lower(c.email)) c.id"
                + " from contact_person c where c." + MINE + " and c.newsletter_consent_on is not null"
                + " and c.erased_at is null and c.email is not null and btrim(c.email) <> ''"
                + " order by lower(c.email), c.is_primary desc, c.created_at, c.id) chosen returning contact_person_id",
                tenant, newsletter.toString()).size();
    }

    /**
     * Locks the next recipients not yet handed to the outbox; another sender working on the same newsletter skips them,
     * so no address gets the newsletter twice.
     */
    public static List<Due> nextBatch(Sql sql, UUID newsletter, int size) {
        return sql
                .rows("select cast(r.contact_person_id as varchar) as id, c.email,"
                        + " (c.newsletter_consent_on is not null and c.erased_at is null) as consenting"
                        + " from newsletter_recipient r join contact_person c on c.tenant_id = r.tenant_id"
                        + " and c.id = r.contact_person_id where r." + MINE + " and r.newsletter_id = cast(#a0 as uuid)"
                        + " and r.queued_at is null and not r.skipped order by r.contact_person_id limit #a1"
                        + " for update of r skip locked", newsletter.toString(), size)
                .stream().map(row -> new Due(Rows.id(row, "id"), Rows.text(row, "email"), Rows.flag(row, "consenting")))
                .toList();
    }

    public static void queued(Sql sql, UUID newsletter, UUID contactPerson, String tokenHash, UUID mail) {
        sql.rows("update newsletter_recipient set token_hash = #a2, mail_id = cast(#a3 as uuid), queued_at = now()"
                + " where " + MINE + " and newsletter_id = cast(#a0 as uuid) and contact_person_id = cast(#a1 as uuid)"
                + " returning tenant_id", newsletter.toString(), contactPerson.toString(), tokenHash, mail.toString());
    }

    /** Withdrew their consent or was erased after the list was fixed: no mail. */
    public static void skipped(Sql sql, UUID newsletter, UUID contactPerson) {
        sql.rows("update newsletter_recipient set skipped = true where " + MINE
                + " and newsletter_id = cast(#a0 as uuid) and contact_person_id = cast(#a1 as uuid)"
                + " returning tenant_id", newsletter.toString(), contactPerson.toString());
    }

    /**
     * Counts for the admin and the progress bar: queued and skipped recipients, unsubscribes after it, outbox states.
     */
    public static Progress progress(Sql sql, UUID newsletter) {
        Map<String, Object> recipients = sql.rows(
                "select count(*) as total, count(queued_at) as queued,"
                        + " count(*) filter (where skipped) as skipped, count(unsubscribed_at) as unsubscribed"
                        + " from newsletter_recipient where " + MINE + " and newsletter_id = cast(#a0 as uuid)",
                newsletter.toString()).get(0);
        long sent = 0;
        long failed = 0;
        long waiting = 0;
        for (Map<String, Object> row : sql.rows(
                "select status, count(*) as mails from mail_outbox where " + MINE
                        + " and kind = 'NEWSLETTER' and about = cast(#a0 as uuid) group by status",
                newsletter.toString())) {
            long mails = Rows.number(row, "mails");
            switch (Rows.text(row, "status")) {
            case "SENT" -> sent += mails;
            case "FAILED", "NOT_SENT" -> failed += mails;
            default -> waiting += mails;
            }
        }
        return new Progress(Rows.number(recipients, "total"), Rows.number(recipients, "queued"),
                Rows.number(recipients, "skipped"), waiting, sent, failed, Rows.number(recipients, "unsubscribed"));
    }

    /** Who unsubscribed through this newsletter's link: the association's own contact persons, for its admin. */
    public static List<Map<String, Object>> unsubscribed(Sql sql, UUID newsletter) {
        return sql.rows("select cast(c.id as varchar) as id, cast(c.organisation_id as varchar) as organisation_id,"
                + " c.name, r.unsubscribed_at from newsletter_recipient r join contact_person c"
                + " on c.tenant_id = r.tenant_id and c.id = r.contact_person_id where r." + MINE
                + " and r.newsletter_id = cast(#a0 as uuid) and r.unsubscribed_at is not null"
                + " order by r.unsubscribed_at, c.id", newsletter.toString());
    }
}
