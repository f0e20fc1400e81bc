package nl.dorpskracht.bookkeeping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.bookkeeping.control.JournalCsv;
import nl.dorpskracht.bookkeeping.control.JournalEntries;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Line;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Raised;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Received;
import nl.dorpskracht.bookkeeping.control.JournalLine;
import nl.dorpskracht.bookkeeping.entity.AccountMapping;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput.PlanAccount;
import nl.dorpskracht.contributions.entity.PaymentMethod;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JournalEntriesTest {

    private static final UUID VILLAGE_PLAN = UUID.randomUUID();

    private static final UUID CENTRE_PLAN = UUID.randomUUID();

    private static final AccountMapping ACCOUNTS = new AccountMapping("1300", "1100", "1000", "8000", "VK", "BNK",
            Map.of(CENTRE_PLAN, "8010"));

    private static final Raised MUNICIPALITY_INVOICE = new Raised("2026-0001", 2026, LocalDate.of(2026, 2, 1),
            "Gemeente Gulpen-Wittem", List.of(new Line(VILLAGE_PLAN, 5000), new Line(VILLAGE_PLAN, 5000),
                    new Line(CENTRE_PLAN, 7500), new Line(VILLAGE_PLAN, 0)));

    @Test
    void anInvoiceDebitsTheDebtorsAndCreditsRevenuePerAccountOfItsPlans() {
        List<JournalLine> lines = new JournalEntries(ACCOUNTS).raised(MUNICIPALITY_INVOICE).lines();

        assertEquals(3, lines.size(), lines::toString);
        assertEquals(new JournalLine("VK", LocalDate.of(2026, 2, 1), "2026-0001", "2026-0001", "1300",
                "Contributie 2026 factuur 2026-0001", 17500, 0, "Gemeente Gulpen-Wittem"), lines.get(0));
        Map<String, Long> credits = lines.stream().filter(l -> l.creditCents() > 0)
                .collect(Collectors.toMap(JournalLine::account, JournalLine::creditCents));
        assertEquals(Map.of("8000", 10000L, "8010", 7500L), credits);
        assertBalanced(lines);
    }

    @Test
    void aCancellationReversesTheInvoiceOnItsOwnDayAndEntry() {
        List<JournalLine> lines = new JournalEntries(ACCOUNTS).raised(MUNICIPALITY_INVOICE)
                .cancelled(MUNICIPALITY_INVOICE, LocalDate.of(2026, 3, 5)).lines();

        List<JournalLine> reversal = lines.stream().filter(l -> l.entry().equals("2026-0001-C")).toList();
        assertEquals(3, reversal.size());
        assertTrue(reversal.stream().allMatch(l -> l.date().equals(LocalDate.of(2026, 3, 5))));
        assertEquals(17500,
                reversal.stream().filter(l -> l.account().equals("1300")).mapToLong(JournalLine::creditCents).sum());
        long debtors = lines.stream().filter(l -> l.account().equals("1300"))
                .mapToLong(l -> l.debitCents() - l.creditCents()).sum();
        assertEquals(0, debtors, "raised and cancelled: nothing left to receive");
        assertBalanced(lines);
    }

    @Test
    void aPaymentDebitsTheBankOrForCashTheCashAccountAndCreditsTheDebtors() {
        List<JournalLine> lines = new JournalEntries(ACCOUNTS)
                .received(new Received("2026-0002", "2026-0002/1", LocalDate.of(2026, 3, 1), "Dorpsraad Eys", 2500,
                        PaymentMethod.TRANSFER))
                .received(new Received("2026-0002", "2026-0002/2", LocalDate.of(2026, 3, 9), "Dorpsraad Eys", 2500,
                        PaymentMethod.CASH))
                .lines();

        assertEquals(List.of("1100", "1300", "1000", "1300"), lines.stream().map(JournalLine::account).toList());
        assertEquals(List.of("BNK"), lines.stream().map(JournalLine::journal).distinct().toList());
        assertBalanced(lines);
    }

    @Test
    void aReturnedDirectDebitTakesThePaymentBackFromTheBankWithItsReason() {
        List<JournalLine> lines = new JournalEntries(ACCOUNTS)
                .received(new Received("2026-0004", "2026-0004/1", LocalDate.of(2026, 3, 1), "Dorpsraad Epen", 5000,
                        PaymentMethod.DIRECT_DEBIT))
                .returned(new JournalEntries.Returned("2026-0004", "2026-0004/S1", LocalDate.of(2026, 3, 6),
                        "Dorpsraad Epen", 5000, "AM04"))
                .lines();

        assertEquals(List.of("1100", "1300", "1300", "1100"), lines.stream().map(JournalLine::account).toList());
        assertTrue(lines.get(2).description().contains("AM04"), lines.get(2).description());
        long bank = lines.stream().filter(l -> l.account().equals("1100"))
                .mapToLong(l -> l.debitCents() - l.creditCents()).sum();
        assertEquals(0, bank, "collected and returned: nothing in the bank");
        assertBalanced(lines);
    }

    @Test
    void theFileIsSemicolonSeparatedWithDutchDatesAndDecimalCommasAndNoFormulas() {
        List<JournalLine> lines = new JournalEntries(ACCOUNTS).raised(new Raised("2026-0003", 2026,
                LocalDate.of(2026, 1, 15), "=HYPERLINK(\"x\")", List.of(new Line(VILLAGE_PLAN, 123456)))).lines();

        String file = new String(JournalCsv.write(lines), StandardCharsets.UTF_8);

        assertTrue(file.startsWith(
                "\uFEFFDagboek;Datum;Boekstuk;Factuur;Grootboekrekening;Omschrijving;Debet;Credit;" + "Relatie\r\n"),
                file);
        assertTrue(file.contains("VK;15-01-2026;2026-0003;2026-0003;1300;Contributie 2026 factuur 2026-0003;1234,56;;"),
                file);
        assertTrue(file.contains("'=HYPERLINK"), "a payer's name never runs as a formula: " + file);
    }

    @Test
    void accountCodesAreShortAndPlainAndAnEmptyPlanAccountMeansTheDefault() {
        AccountMapping mapping = new AccountMappingInput(" 1300 ", "1100", "1000", "8000", "VK", "BNK",
                List.of(new PlanAccount(VILLAGE_PLAN.toString(), " "), new PlanAccount(CENTRE_PLAN.toString(), "8010")))
                        .validate();
        assertEquals("1300", mapping.debtorsAccount());
        assertEquals(Map.of(CENTRE_PLAN, "8010"), mapping.planAccounts());
        assertEquals("8000", mapping.revenueAccountOf(VILLAGE_PLAN));

        ProblemException refused = assertThrows(ProblemException.class,
                () -> new AccountMappingInput("13 00", "", "1000", "8000".repeat(6), "VERKOOPBOEK1", "BNK",
                        List.of(new PlanAccount("geen-id", "8010"))).validate());
        assertEquals(
                List.of("debtorsAccount", "bankAccount", "revenueAccount", "salesJournal", "planAccounts[0].planId"),
                refused.errors().stream().map(e -> e.field()).toList());
    }

    private static void assertBalanced(List<JournalLine> lines) {
        Map<String, Long> perEntry = lines.stream().collect(Collectors.groupingBy(l -> l.journal() + l.entry(),
                Collectors.summingLong(l -> l.debitCents() - l.creditCents())));
        perEntry.forEach((entry, balance) -> assertEquals(0L, balance, "entry " + entry + " balances"));
    }
}
