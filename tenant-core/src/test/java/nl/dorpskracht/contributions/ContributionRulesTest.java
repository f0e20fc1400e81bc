package nl.dorpskracht.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.dorpskracht.contributions.control.CreditorIdentifier;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.PlanDetails;
import nl.dorpskracht.contributions.entity.PlanInput;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.RunInput;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.contributions.entity.TierInput;
import nl.dorpskracht.members.control.IbanCheck;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The rules of contributions that need no database: amounts, tiers, identifiers, input checks. */
class ContributionRulesTest {

    @Test
    void amountsAreWrittenTheDutchWayAndReadAsTyped() {
        assertEquals("€ 1.234,50", Money.format(123450));
        assertEquals("€ 0,05", Money.format(5));
        assertEquals("€ 1.000.000,00", Money.format(100_000_000));
        assertEquals("1234.50", Money.decimal(123450));
        assertEquals(123450L, Money.parse("1.234,50"));
        assertEquals(123450L, Money.parse("1234,5"));
        assertEquals(123450L, Money.parse("€ 1234.50"));
        assertEquals(1200L, Money.parse("12"));
        assertNull(Money.parse("12,345"));
        assertNull(Money.parse("-5"));
        assertNull(Money.parse("twaalf"));
    }

    @Test
    void aTieredPlanChargesTheHighestTierReachedAndTheBaseOtherwise() {
        PlanDetails plan = new PlanDetails("Staffel", PlanKind.TIERED, 5000, true,
                List.of(new Tier(1000, 7500), new Tier(5000, 12500)));
        assertEquals(5000, plan.amountFor(null));
        assertEquals(5000, plan.amountFor(999));
        assertEquals(7500, plan.amountFor(1000));
        assertEquals(7500, plan.amountFor(4999));
        assertEquals(12500, plan.amountFor(80000));
        assertEquals(3000, new PlanDetails("Vast", PlanKind.FLAT, 3000, true, List.of()).amountFor(80000));
    }

    @Test
    void planInputNamesEveryBadField() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> new PlanInput(" ", "WEEKLY", -1L, null, List.of(new TierInput(1, 1L))).validate());
        assertEquals(List.of("amountCents", "kind", "name"),
                problem.errors().stream().map(FieldError::field).sorted().toList());
        PlanDetails sorted = new PlanInput("Staffel", "tiered", 100L, null,
                List.of(new TierInput(5000, 300L), new TierInput(1000, 200L))).validate();
        assertEquals(List.of(new Tier(1000, 200), new Tier(5000, 300)), sorted.tiers());
        assertTrue(sorted.active());
    }

    @Test
    void runsAreForTheComingYearOrTheTenBefore() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(2027, new RunInput(2027, null).validate(today).year());
        assertEquals(today.plusDays(30), new RunInput(2016, null).validate(today).dueOn());
        assertThrows(ProblemException.class, () -> new RunInput(2015, null).validate(today));
        assertThrows(ProblemException.class, () -> new RunInput(2028, null).validate(today));
        assertThrows(ProblemException.class, () -> new RunInput(2026, "2026-11-21").validate(today));
    }

    @Test
    void ibansAndCreditorIdentifiersAreCheckedByTheirCheckDigits() {
        assertEquals(Optional.of("NL91ABNA0417164300"), IbanCheck.iban("nl91 abna 0417 1643 00"));
        assertEquals(Optional.empty(), IbanCheck.iban("NL91ABNA0417164301"));
        assertEquals(Optional.empty(), IbanCheck.iban("NL91ABNA041716430"));
        assertEquals("NL91 ABNA 0417 1643 00", IbanCheck.printable("NL91ABNA0417164300"));
        assertEquals(Optional.of("RABONL2U"), IbanCheck.bic("rabonl2u"));
        assertEquals(Optional.empty(), IbanCheck.bic("RABO"));
        assertEquals(Optional.of("DE98ZZZ09999999999"), CreditorIdentifier.check("DE98ZZZ09999999999"));
        assertEquals(Optional.of("NL20ZZZ999999999990000"), CreditorIdentifier.check("nl20 zzz 999999999990000"));
        assertEquals(Optional.empty(), CreditorIdentifier.check("NL21ZZZ999999999990000"));
        assertEquals("NL20ZZZ999999999990000", CreditorIdentifier.withCheckDigits("NL", "ZZZ", "999999999990000"));
    }
}
