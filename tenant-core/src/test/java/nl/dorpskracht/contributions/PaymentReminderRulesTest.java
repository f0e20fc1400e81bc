package nl.dorpskracht.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.contributions.control.PaymentReminderLedger;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Which invoices are due for which reminder step (V34, {@link PaymentReminderLedger}) on a real PostgreSQL under row
 * security, and that a step is recorded once.
 */
class PaymentReminderRulesTest {

    private static final String TENANT = "zhvkk";
    private static final LocalDate TODAY = LocalDate.of(2033, 3, 1);
    private static final ReminderSchedule SCHEDULE = ReminderSchedule.validate(List.of(30, 14), "zakelijk", 0);

    private final JdbcSql transactions = new JdbcSql();

    @Test
    void theHighestPassedStepAboveTheLastOneIsDueAndNothingForPaidCancelledOrAddresslessInvoices() throws SQLException {
        UUID notYet = invoice(TENANT, 10, "OPEN", 0, true);
        UUID fourteen = invoice(TENANT, 14, "OPEN", 0, true);
        UUID forty = invoice(TENANT, 40, "OPEN", 0, true);
        UUID fortyReminded = invoice(TENANT, 40, "OPEN", 0, true);
        UUID twentyReminded = invoice(TENANT, 20, "OPEN", 0, true);
        UUID thirtyFiveRemindedOnce = invoice(TENANT, 35, "OPEN", 0, true);
        UUID paid = invoice(TENANT, 40, "PAID", 5000, true);
        UUID cancelled = invoice(TENANT, 40, "CANCELLED", 0, true);
        UUID noAddress = invoice(TENANT, 40, "OPEN", 0, false);
        UUID partlyPaid = invoice(TENANT, 15, "OPEN", 1000, true);
        UUID elsewhere = invoice("vkkl", 40, "OPEN", 0, true);
        record(fortyReminded, 2);
        record(twentyReminded, 1);
        record(thirtyFiveRemindedOnce, 1);

        Map<UUID, Integer> due = transactions
                .inTenant(TENANT, sql -> PaymentReminderLedger.due(sql, SCHEDULE, TODAY, 10_000)).stream()
                .collect(Collectors.toMap(PaymentReminderLedger.Due::invoice, PaymentReminderLedger.Due::step));

        assertEquals(1, due.get(fourteen));
        assertEquals(2, due.get(forty), "40 days overdue: the second step only");
        assertEquals(2, due.get(thirtyFiveRemindedOnce));
        assertEquals(1, due.get(partlyPaid));
        for (UUID none : List.of(notYet, fortyReminded, twentyReminded, paid, cancelled, noAddress, elsewhere)) {
            assertFalse(due.containsKey(none), "not due: " + none);
        }
    }

    @Test
    void aStepIsRecordedOnce() throws SQLException {
        UUID invoice = invoice(TENANT, 20, "OPEN", 0, true);
        assertTrue(record(invoice, 1));
        assertFalse(record(invoice, 1), "the same step again");
        assertTrue(record(invoice, 2));
    }

    @Test
    void anEmptyScheduleRemindsNobodyAndTheRuleReadsDays() {
        assertEquals(List.of(), transactions.inTenant(TENANT,
                sql -> PaymentReminderLedger.due(sql, ReminderSchedule.none(), TODAY, 10)));
        assertEquals(List.of(14, 30), SCHEDULE.days());
        assertEquals("14,30", SCHEDULE.stored());
        assertEquals(OptionalInt.empty(), SCHEDULE.stepDue(TODAY.minusDays(13), TODAY, 0));
        assertEquals(OptionalInt.of(1), SCHEDULE.stepDue(TODAY.minusDays(14), TODAY, 0));
        assertEquals(OptionalInt.of(2), SCHEDULE.stepDue(TODAY.minusDays(31), TODAY, 0));
        assertEquals(OptionalInt.empty(), SCHEDULE.stepDue(TODAY.minusDays(31), TODAY, 2));
        assertThrows(ProblemException.class, () -> ReminderSchedule.validate(List.of(1, 2, 3, 4, 5, 6), null, 0));
        assertThrows(ProblemException.class, () -> ReminderSchedule.validate(List.of(14, 14), null, 0));
        assertThrows(ProblemException.class, () -> ReminderSchedule.validate(List.of(0), null, 0));
        assertThrows(ProblemException.class, () -> ReminderSchedule.validate(List.of(400), null, 0));
        assertThrows(ProblemException.class, () -> ReminderSchedule.validate(List.of(14), "boos", 0));
    }

    private boolean record(UUID invoice, int step) {
        return transactions.inTenant(TENANT, sql -> PaymentReminderLedger.record(sql, UUID.randomUUID(), invoice, step,
                SCHEDULE.daysOf(step), UUID.randomUUID()));
    }

    private static UUID invoice(String tenant, int daysOverdue, String status, long paidCents, boolean withAddress)
            throws SQLException {
        UUID id = UUID.randomUUID();
        LocalDate due = TODAY.minusDays(daysOverdue);
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant, "insert into invoice (tenant_id, id, number, year,"
                + " payer_kind, payer_key, payer_name, payer_email, amount_cents, paid_cents, status, issued_on, due_on)"
                + " values (?, ?, ?, 2033, 'MUNICIPALITY', ?, 'Gemeente Test', ?, 5000, ?, ?, ?, ?)", tenant, id,
                "R-" + id.toString().substring(0, 12), "G:test-" + id, withAddress ? "gemeente@test.example" : null,
                paidCents, status, due.minusDays(30), due);
        return id;
    }
}
