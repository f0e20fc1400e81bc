package nl.dorpskracht.newsletters.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.outbox.control.Sql;

/**
 * What an unsubscribe link does, in the tenant of its path only (row security: a token of another association is not
 * found there). The first use marks the link used, clears the person's newsletter consent and records the withdrawal
 * with its date; any later use finds the link used and changes nothing, so it cannot undo a consent given again since.
 */
public final class UnsubscribeLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";

    /** What a use of a link did. */
    public enum Outcome {
        UNSUBSCRIBED, ALREADY, UNKNOWN
    }

    /** The link's state before any change: for the confirmation page. */
    public record Link(UUID newsletterId, UUID contactPersonId, boolean used) {
    }

    /** The withdrawal done, for the audit log: whose consent and which date it held. */
    public record Withdrawal(Outcome outcome, UUID contactPersonId, Object consentGivenOn) {
    }

    private UnsubscribeLedger() {
    }

    public static Optional<Link> find(Sql sql, String tokenHash) {
        List<Map<String, Object>> rows = sql.rows("select cast(newsletter_id as varchar) as newsletter_id,"
                + " cast(contact_person_id as varchar) as contact_person_id, unsubscribed_at from newsletter_recipient"
                + " where " + MINE + " and token_hash = #a0", tokenHash);
        return rows.stream().findFirst().map(row -> new Link(Rows.id(row, "newsletter_id"),
                Rows.id(row, "contact_person_id"), row.get("unsubscribed_at") != null));
    }

    public static Withdrawal withdraw(Sql sql, String tokenHash) {
        List<Map<String, Object>> used = sql.rows("update newsletter_recipient set unsubscribed_at = now() where "
                + MINE + " and token_hash = #a0 and unsubscribed_at is null returning cast(newsletter_id as varchar)"
                + " as newsletter_id, cast(contact_person_id as varchar) as contact_person_id", tokenHash);
        if (used.isEmpty()) {
            return new Withdrawal(find(sql, tokenHash).isPresent() ? Outcome.ALREADY : Outcome.UNKNOWN, null, null);
        }
        UUID newsletter = Rows.id(used.get(0), "newsletter_id");
        UUID person = Rows.id(used.get(0), "contact_person_id");
        List<Map<String, Object>> consent = sql.rows("with before as (select id, newsletter_consent_on from"
                + " contact_person where " + MINE + " and id = cast(#a0 as uuid) and newsletter_consent_on is not null"
                + " for update) update contact_person c set newsletter_consent_on = null, version = c.version + 1,"
                + " updated_at = now() from before where c." + MINE + " and c.id = before.id"
                + " returning cast(before.newsletter_consent_on as varchar) as given_on", person.toString());
        if (consent.isEmpty()) {
            // withdrawn another way since the mail was sent: nothing left to withdraw, nothing to record
            return new Withdrawal(Outcome.UNSUBSCRIBED, person, null);
        }
        String givenOn = Rows.text(consent.get(0), "given_on");
        sql.rows("insert into consent_withdrawal (tenant_id, id, contact_person_id, consent, consent_given_on, source,"
                + " newsletter_id) values (current_setting('app.tenant_id', true), gen_random_uuid(),"
                + " cast(#a0 as uuid), 'NEWSLETTER', cast(#a1 as date), 'UNSUBSCRIBE_LINK', cast(#a2 as uuid))"
                + " returning tenant_id", person.toString(), givenOn, newsletter.toString());
        return new Withdrawal(Outcome.UNSUBSCRIBED, person, givenOn);
    }

    /** The privacy history of one person: their withdrawals, oldest first. */
    public static List<Map<String, Object>> withdrawals(Sql sql, UUID contactPerson) {
        return sql.rows("select consent, cast(consent_given_on as varchar) as consent_given_on, withdrawn_at, source,"
                + " cast(newsletter_id as varchar) as newsletter_id from consent_withdrawal where " + MINE
                + " and contact_person_id = cast(#a0 as uuid) order by withdrawn_at", contactPerson.toString());
    }
}
