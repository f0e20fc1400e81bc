package nl.dorpskracht.contributions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/**
 * One tenant's round of payment reminders, in one transaction: the reminder record and its mail commit together. Two
 * instances are safe twice over: the round takes a transaction-level advisory lock (the other instance skips the
 * tenant), and the unique keys (invoice, step) of {@code invoice_reminder} and of the mail's Message-ID refuse a second
 * reminder of a step even without it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class PaymentReminders {

    /** Reminders per tenant per round; the rest follow in the next round. */
    static final int BATCH = 500;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    ReminderSchedules schedules;

    @Inject
    InvoiceMails mails;

    /** Records the reminders due today and returns how many; 0 when another instance is at it. */
    public int remind(String tenant, LocalDate today) {
        tenantWork.workIn(tenant);
        Sql sql = functions::rows;
        if (!Boolean.TRUE.equals(sql.rows("select pg_try_advisory_xact_lock(hashtextextended(#a0, 0)) as mine",
                "payment-reminders:" + tenant).get(0).get("mine"))) {
            return 0;
        }
        ReminderSchedule schedule = schedules.current();
        int sent = 0;
        for (PaymentReminderLedger.Due due : PaymentReminderLedger.due(sql, schedule, today, BATCH)) {
            UUID reminder = UUID.randomUUID();
            Optional<UUID> mail = mails.recordReminder(tenant, due.invoice(), due.step(), reminder);
            if (mail.isPresent() && PaymentReminderLedger.record(sql, reminder, due.invoice(), due.step(),
                    schedule.daysOf(due.step()), mail.get())) {
                sent++;
            }
        }
        return sent;
    }
}
