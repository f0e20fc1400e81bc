package nl.dorpskracht.contributions.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import org.junit.jupiter.api.Test;

/**
 * The audit entries of plans, creditor settings and mandates name the fields that changed, in a fixed order, with the
 * tiers written as {@code from:cents,…}; a new record lists every field it has.
 */
class AuditedFieldsTest {

    private static final PlanDetails TIERED = new PlanDetails("Naar inwoners", PlanKind.TIERED, 5000, true,
            List.of(new Tier(0, 5000), new Tier(1000, 7500)));

    @Test
    void aNewPlanListsEveryFieldItHasWithTheTiersAsText() {
        Map<String, Object[]> changes = FieldChanges.between(Map.of(), TIERED.fields());
        assertEquals(List.of("name", "kind", "amountCents", "active", "tiers"), List.copyOf(changes.keySet()));
        assertArrayEquals(new Object[] { null, "0:5000,1000:7500" }, changes.get("tiers"));
        assertArrayEquals(new Object[] { null, 5000L }, changes.get("amountCents"));
    }

    @Test
    void aPlanWithoutTiersHasNoTiersField() {
        PlanDetails fixed = new PlanDetails("Vast", PlanKind.FLAT, 2500, false, List.of());
        Map<String, Object[]> changes = FieldChanges.between(Map.of(), fixed.fields());
        assertEquals(List.of("name", "kind", "amountCents", "active"), List.copyOf(changes.keySet()));
    }

    @Test
    void anEditNamesOnlyWhatChanged() {
        PlanDetails cheaper = new PlanDetails("Naar inwoners", PlanKind.TIERED, 4000, true,
                List.of(new Tier(0, 4000), new Tier(1000, 7500)));
        Map<String, Object[]> changes = FieldChanges.between(TIERED.fields(), cheaper.fields());
        assertEquals(List.of("amountCents", "tiers"), List.copyOf(changes.keySet()));
        assertArrayEquals(new Object[] { "0:5000,1000:7500", "0:4000,1000:7500" }, changes.get("tiers"));
        assertEquals(Map.of(), FieldChanges.between(TIERED.fields(), TIERED.fields()));
    }

    @Test
    void creditorAndMandateFromNothingListTheirFieldsInOrder() {
        CreditorDetails creditor = new CreditorDetails("VKKL", "NL91ABNA0417164300", null, "NL98ZZZ999999999999");
        assertEquals(List.of("name", "iban", "creditorId", "painVersion"),
                List.copyOf(FieldChanges.between(CreditorDetails.NONE.fields(), creditor.fields()).keySet()));
        MandateDetails mandate = new MandateDetails("NL91ABNA0417164300", "ABNANL2A", "M-1", LocalDate.of(2026, 1, 5));
        assertEquals(List.of("iban", "bic", "reference", "signedOn"),
                List.copyOf(FieldChanges.between(MandateDetails.NONE.fields(), mandate.fields()).keySet()));
    }
}
