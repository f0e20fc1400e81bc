package nl.dorpskracht.contributions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The payment reminder schedule of the transaction's tenant ({@code payment_reminder_schedule}, V34): one row per
 * tenant, so fixed SQL rather than an entity whose only key is the tenant. No row: no reminders.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ReminderSchedules {

    @Inject
    TransactionFunctions functions;

    public ReminderSchedule current() {
        return functions
                .rows("select days, tone, version from payment_reminder_schedule"
                        + " where tenant_id = current_setting('app.tenant_id', true)")
                .stream().findFirst().map(ReminderSchedules::schedule).orElse(ReminderSchedule.none());
    }

    /**
     * Stores the schedule when the version read is still the stored one (0: none stored yet); a stale one is a
     * {@link ProblemCode#VERSION_CONFLICT}. Returns the stored schedule with its new version.
     */
    public ReminderSchedule save(ReminderSchedule schedule, long expectedVersion) {
        List<Map<String, Object>> rows = functions.rows("insert into payment_reminder_schedule as s (tenant_id, days,"
                + " tone) values (current_setting('app.tenant_id', true), #a0, #a1) on conflict (tenant_id) do update"
                + " set days = excluded.days, tone = excluded.tone, version = s.version + 1, updated_at = now()"
                + " where s.version = #a2 returning days, tone, version", schedule.stored(), schedule.tone().name(),
                expectedVersion);
        Optional<ReminderSchedule> saved = rows.stream().findFirst().map(ReminderSchedules::schedule);
        if (saved.isEmpty() || (expectedVersion != 0 && saved.get().version() != expectedVersion + 1)) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        return saved.get();
    }

    private static ReminderSchedule schedule(Map<String, Object> row) {
        return ReminderSchedule.stored((String) row.get("days"), (String) row.get("tone"),
                ((Number) row.get("version")).longValue());
    }
}
