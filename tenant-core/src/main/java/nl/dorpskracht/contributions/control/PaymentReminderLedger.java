package nl.dorpskracht.contributions.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.outbox.control.Sql;

/**
 * Which invoices are due for which reminder step, and the record of a reminder sent ({@code invoice_reminder}, V34),
 * each in the caller's transaction under its tenant's row security.
 */
public final class PaymentReminderLedger {

    private static final String MINE = "tenant_id = current_setting('app.tenant_id', true)";

    /** An invoice and the step of the schedule it is due for. */
    public record Due(UUID invoice, int step) {
    }

    private PaymentReminderLedger() {
    }

    /**
     * Open, not fully paid invoices with an address whose highest passed step (the number of day counts since the due
     * date that have passed today) is above the last step they were reminded for; the longest overdue first.
     */
    public static List<Due> due(Sql sql, ReminderSchedule schedule, LocalDate today, int limit) {
        if (schedule.days().isEmpty()) {
            return List.of();
        }
        return sql
                .rows("with candidate as (select i.id, i.due_on, (select count(*) from unnest(cast(string_to_array("
                        + "#a1, ',') as integer[])) d where i.due_on + d <= cast(#a0 as date)) as due_step,"
                        + " (select coalesce(max(r.step), 0) from invoice_reminder r where r.tenant_id = i.tenant_id"
                        + " and r.invoice_id = i.id) as last_step from invoice i where i." + MINE
                        + " and i.status = 'OPEN'" + " and i.paid_cents < i.amount_cents and i.payer_email is not null"
                        + " and i.due_on <= cast(#a0 as date) - #a2)"
                        + " select cast(id as varchar) as id, due_step from candidate where due_step > last_step"
                        + " order by due_on, id limit #a3", today.toString(), schedule.stored(), schedule.days().get(0),
                        limit)
                .stream()
                .map(row -> new Due(UUID.fromString((String) row.get("id")), ((Number) row.get("due_step")).intValue()))
                .toList();
    }

    /** Records a reminder; false when that step of that invoice was recorded already (by another instance). */
    public static boolean record(Sql sql, UUID reminder, UUID invoice, int step, int days, UUID mail) {
        return !sql.rows(
                "insert into invoice_reminder (tenant_id, id, invoice_id, step, days, mail_id) values"
                        + " (current_setting('app.tenant_id', true), cast(#a0 as uuid), cast(#a1 as uuid), #a2, #a3,"
                        + " cast(#a4 as uuid)) on conflict (tenant_id, invoice_id, step) do nothing returning id",
                reminder.toString(), invoice.toString(), step, days, mail.toString()).isEmpty();
    }
}
