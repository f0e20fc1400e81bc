package nl.dorpskracht.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.mail.OutgoingMail.Attachment;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.security.audit.control.AuditLog;

/**
 * Places and the waitlist of an event, which span provinces: decided by the database functions of
 * {@code V7__registrations.sql}, in the caller's transaction, so the lock a claim takes lasts until the registration is
 * committed.
 */
@ApplicationScoped
public class EventPlaces {

    /** What a claim gives: a place, a place on the waitlist, or no registration possible. */
    public enum Outcome {
        CONFIRMED, WAITLISTED, CLOSED, NOT_FOUND
    }

    /** The outcome of a claim and, on the waitlist, its position (1 = next in line). */
    public record Claim(Outcome outcome, Integer waitlistPosition) {
    }

    /** A registration promoted from the waitlist, possibly of another province: its tenant and id, nothing more. */
    public record Promotion(String tenant, UUID registrationId) {
    }

    /** Places of an event; {@code capacity} null means no limit; {@code ahead}: waiting before a given position. */
    public record Occupancy(Integer capacity, int confirmed, int waiting, int ahead) {

        public Integer free() {
            return capacity == null ? null : Math.max(capacity - confirmed, 0);
        }
    }

    /**
     * A new registration's mail for either outcome, composed before the claim: the waitlist mail holds
     * {@code positionMarker} where its position goes, to be written with {@code thousandsSeparator} as the mail would.
     */
    public record OutcomeMails(OutgoingMail confirmed, OutgoingMail waitlisted, String positionMarker,
            String thousandsSeparator) {
    }

    /** What a registration got: its status, on the waitlist its position, and its place in the one queue. */
    public record Placed(Outcome outcome, Integer waitlistPosition, Long queueOrder) {
    }

    private static final String REGISTER = """
            with claim as materialized (
                select c.claim, c.waiting_before from claim_event_place(#a0, cast(#a1 as uuid)) c),
            placed as (
                insert into registration (tenant_id, id, host_tenant, event_id, contact_id, member_id, attendee_name,
                        attendee_email, organisation_name, status, registered_by, sharing_consent_at, registered_at)
                select current_setting('app.tenant_id', true), cast(#a2 as uuid), #a3, cast(#a4 as uuid),
                       cast(#a5 as uuid), cast(#a6 as uuid), #a7, #a8, #a9, c.claim, #a10, cast(#a11 as timestamptz),
                       cast(#a12 as timestamptz)
                  from claim c where c.claim in ('CONFIRMED', 'WAITLISTED')
                returning status, queue_order),
            audited as (
                insert into audit_entry (tenant_id, id, occurred_at, actor, action, entity_type, entity_id, changes)
                select current_setting('app.tenant_id', true), gen_random_uuid(), cast(#a12 as timestamptz), #a13,
                       'REGISTER', 'Registration', #a14,
                       case when p.status = 'CONFIRMED' then #a15 else #a16 end
                  from placed p),
            mailed as (
                insert into mail_outbox (tenant_id, id, kind, label, recipient, language, subject, html_body,
                        text_body, attachment_name, attachment_type, attachment_content, message_id)
                select current_setting('app.tenant_id', true), cast(#a17 as uuid),
                       case when p.status = 'CONFIRMED' then 'CONFIRMATION' else 'WAITLIST' end,
                       case when p.status = 'CONFIRMED' then #a18 else #a19 end, #a20, 'nl',
                       case when p.status = 'CONFIRMED' then #a21 else #a22 end,
                       case when p.status = 'CONFIRMED' then #a23
                            else replace(#a24, #a25, replace(to_char(c.waiting_before + 1, 'FM999,999,999,990'), ',', #a26))
                       end,
                       case when p.status = 'CONFIRMED' then #a27
                            else replace(#a28, #a29, replace(to_char(c.waiting_before + 1, 'FM999,999,999,990'), ',', #a30))
                       end,
                       case when p.status = 'CONFIRMED' then #a31 end,
                       case when p.status = 'CONFIRMED' then #a32 end,
                       case when p.status = 'CONFIRMED' then #a33 end,
                       #a34
                  from placed p cross join claim c
                 where #a35 = 'mail')
            select c.claim, c.waiting_before, p.queue_order from claim c left join placed p on true""";

    @Inject
    TransactionFunctions functions;

    /**
     * Claims a place and writes the registration with what goes with it, its audit entry and its mail, all in ONE
     * statement: the event's lock is taken inside it and held until the commit that follows, so the part of a
     * registration that waits in the event's queue is this statement and the commit, nothing the caller does before.
     * The audit entry and the mail come prepared for either outcome; the statement writes the one that applies. On
     * {@link Outcome#NOT_FOUND} or {@link Outcome#CLOSED} nothing is written.
     */
    @Transactional(TxType.MANDATORY)
    public Placed register(Registration registration, AuditLog.Prepared confirmed, AuditLog.Prepared waitlisted,
            Optional<OutcomeMails> mails) {
        UUID mailId = UUID.randomUUID();
        OutgoingMail mail = mails.map(OutcomeMails::confirmed).orElse(null);
        OutgoingMail waiting = mails.map(OutcomeMails::waitlisted).orElse(null);
        Optional<Attachment> calendar = mail == null ? Optional.empty() : mail.attachment();
        String marker = mails.map(OutcomeMails::positionMarker).orElse(null);
        String separator = mails.map(OutcomeMails::thousandsSeparator).orElse(null);
        Map<String, Object> row = functions.rows(REGISTER, registration.hostTenant(), registration.eventId().toString(),
                registration.id().toString(), registration.hostTenant(), registration.eventId().toString(),
                registration.contactId().toString(), registration.memberId().toString(), registration.attendeeName(),
                registration.attendeeEmail(), registration.organisationName(), registration.registeredBy().name(),
                timestamp(registration.sharingConsentAt()), timestamp(registration.registeredAt()), confirmed.actor(),
                registration.id().toString(), confirmed.changes(), waitlisted.changes(), mailId.toString(),
                mail == null ? null : mail.label(), waiting == null ? null : waiting.label(),
                mail == null ? null : mail.to(), mail == null ? null : mail.subject(),
                waiting == null ? null : waiting.subject(), mail == null ? null : mail.html(),
                waiting == null ? null : waiting.html(), marker, separator, mail == null ? null : mail.text(),
                waiting == null ? null : waiting.text(), marker, separator,
                calendar.map(Attachment::fileName).orElse(null), calendar.map(Attachment::contentType).orElse(null),
                calendar.map(Attachment::content).orElse(null), OutboxLedger.messageId(mailId),
                mails.isPresent() ? "mail" : "none").get(0);
        Outcome outcome = Outcome.valueOf((String) row.get("claim"));
        return new Placed(outcome,
                outcome == Outcome.WAITLISTED ? ((Number) row.get("waiting_before")).intValue() + 1 : null,
                row.get("queue_order") == null ? null : ((Number) row.get("queue_order")).longValue());
    }

    private static String timestamp(java.time.OffsetDateTime at) {
        return at == null ? null : at.toString();
    }

    @Transactional(TxType.MANDATORY)
    public Claim claim(EventRef event) {
        Map<String, Object> row = functions
                .rows("select claim, waiting_before from claim_event_place(#a0," + " cast(#a1 as uuid))",
                        event.hostTenant(), id(event))
                .get(0);
        Outcome outcome = Outcome.valueOf((String) row.get("claim"));
        return new Claim(outcome,
                outcome == Outcome.WAITLISTED ? ((Number) row.get("waiting_before")).intValue() + 1 : null);
    }

    @Transactional(TxType.MANDATORY)
    public List<Promotion> promoteFromWaitlist(EventRef event) {
        return functions
                .rows("select registration_tenant, cast(registration_id as varchar) as registration_id"
                        + " from promote_event_waitlist(#a0, cast(#a1 as uuid))", event.hostTenant(), id(event))
                .stream().map(row -> new Promotion((String) row.get("registration_tenant"),
                        UUID.fromString((String) row.get("registration_id"))))
                .toList();
    }

    /** The places of an event the tenant may see; empty counts for one it may not. */
    @Transactional(TxType.MANDATORY)
    public Occupancy occupancy(EventRef event, Long queueOrder) {
        List<Map<String, Object>> rows = functions.rows(
                "select capacity, confirmed, waiting, ahead from event_places(#a0, cast(#a1 as uuid), #a2)",
                event.hostTenant(), id(event), queueOrder == null ? Long.MAX_VALUE : queueOrder);
        if (rows.isEmpty()) {
            return new Occupancy(0, 0, 0, 0);
        }
        Map<String, Object> row = rows.get(0);
        return new Occupancy(row.get("capacity") == null ? null : ((Number) row.get("capacity")).intValue(),
                ((Number) row.get("confirmed")).intValue(), ((Number) row.get("waiting")).intValue(),
                ((Number) row.get("ahead")).intValue());
    }

    private static String id(EventRef event) {
        return event.id().toString();
    }
}
