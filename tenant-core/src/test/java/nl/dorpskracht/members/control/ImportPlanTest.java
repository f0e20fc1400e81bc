package nl.dorpskracht.members.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.dorpskracht.members.control.ImportPlan.PlannedOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A member file read into organisations with their contact persons, or refused with every row error named. */
class ImportPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String HEADER = "naam;type;gemeente;plaats;contactpersoon;contact e-mail;primair;nieuwsbrief\n";

    @Test
    void rowsOfOneOrganisationAreGroupedAndEachContactKept() {
        ImportPlan plan = read(HEADER + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;Ouwerkerk;Jan de Vries;"
                + "jan@ouwerkerk.nl;ja;ja\n" + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;Ouwerkerk;Els Bakker;"
                + "els@ouwerkerk.nl;;nee\n" + "Dorpshuis De Kiel;DORPSHUIS;Veere;Serooskerke;;;;\n");

        assertEquals(3, plan.rows());
        assertEquals(2, plan.contactCount());
        List<PlannedOrganisation> organisations = plan.organisations();
        assertEquals(List.of("Dorpsraad Ouwerkerk", "Dorpshuis De Kiel"),
                organisations.stream().map(o -> o.details().name()).toList(), "in the order of the file");
        PlannedOrganisation ouwerkerk = organisations.get(0);
        assertEquals(2, ouwerkerk.line(), "the header is line 1");
        assertEquals(MemberType.DORPSRAAD, ouwerkerk.details().type());
        assertTrue(ouwerkerk.contacts().get(0).details().primary());
        assertEquals(TODAY, ouwerkerk.contacts().get(0).details().newsletterConsentOn(), "ja means consent today");
        assertFalse(ouwerkerk.contacts().get(1).details().primary());
        assertNull(ouwerkerk.contacts().get(1).details().newsletterConsentOn());
        assertTrue(organisations.get(1).contacts().isEmpty());
        assertNull(organisations.get(1).status(), "no status column: the import decides");
    }

    @Test
    void rowsWhoseNameDiffersOnlyInCaseAreOneOrganisationSoTheirSpellingMustAgree() {
        ProblemException refused = refused(
                HEADER + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;Ouwerkerk;Jan;;;\n"
                        + "dorpsraad ouwerkerk;DORPSRAAD;SCHOUWEN-DUIVELAND;Ouwerkerk;Els;;;\n");
        assertEquals("import.organisationDiffers", only(refused).key(), "not silently a second organisation");
        assertEquals(3, only(refused).row());
    }

    @Test
    void anOrganisationWhoseRowsDisagreeIsRefusedNamingTheFirstLine() {
        ProblemException refused = refused(
                HEADER + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;Ouwerkerk;Jan;;;\n"
                        + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;Nieuwerkerk;Els;;;\n");
        FieldError error = only(refused);
        assertEquals("import.organisationDiffers", error.key());
        assertEquals(3, error.row());
        assertEquals("naam", error.field());
        assertEquals(List.of(2), List.of(error.arguments()));
    }

    @Test
    void aContactPersonTwiceAndTwoPrimaryContactsAreRefused() {
        ProblemException twice = refused(HEADER + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;;Jan;jan@o.nl;;\n"
                + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;;JAN;JAN@O.NL;;\n");
        assertEquals("import.duplicateRow", only(twice).key());
        assertEquals("contactpersoon", only(twice).field());

        ProblemException primaries = refused(HEADER + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;;Jan;;ja;\n"
                + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;;Els;;ja;\n");
        assertEquals("import.twoPrimaries", only(primaries).key());
        assertEquals(3, only(primaries).row());
    }

    @Test
    void anOrganisationWithoutContactTwiceIsADuplicateRow() {
        ProblemException refused = refused(
                HEADER + "Dorpshuis De Kiel;DORPSHUIS;Veere;;;;;\n" + "Dorpshuis De Kiel;DORPSHUIS;Veere;;;;;\n");
        assertEquals("import.duplicateRow", only(refused).key());
        assertEquals(3, only(refused).row());
    }

    @Test
    void oneMandateReferenceForTwoOrganisationsIsRefused() {
        String header = "naam;type;gemeente;iban;mandaatkenmerk;mandaatdatum\n";
        ProblemException refused = refused(header + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;"
                + "NL91ABNA0417164300;DK-2026-001;2026-01-15\n"
                + "Dorpshuis De Kiel;DORPSHUIS;Veere;NL91ABNA0417164300;dk-2026-001;2026-01-15\n");
        FieldError error = only(refused);
        assertEquals("import.duplicateMandate", error.key());
        assertEquals("mandaatkenmerk", error.field());
        assertEquals(List.of(2), List.of(error.arguments()), "references are compared without case");
    }

    @Test
    void everyWrongRowIsReportedByLineAndDutchColumnNotJustTheFirst() {
        ProblemException refused = refused(HEADER + ";DORPSRAAD;Veere;;;;;\n" + "Dorpsraad Kamperland;KERK;Veere;;;;;\n"
                + "Dorpsraad Vrouwenpolder;" + "DORPSRAAD;Veere;;Jan;;misschien;\n");
        assertEquals(List.of("2:naam", "3:type", "4:primair"),
                refused.errors().stream().map(e -> e.row() + ":" + e.field()).toList());
    }

    @Test
    void pastTheListedErrorsTheRestIsCountedNotListed() {
        StringBuilder file = new StringBuilder(HEADER);
        int wrong = ImportPlan.ERRORS_LISTED + 25;
        for (int i = 0; i < wrong; i++) {
            file.append(";DORPSRAAD;Veere;;;;;\n");
        }
        ProblemException refused = refused(file.toString());
        assertEquals(ImportPlan.ERRORS_LISTED + 1, refused.errors().size());
        FieldError last = refused.errors().get(ImportPlan.ERRORS_LISTED);
        assertEquals("import.moreErrors", last.key());
        assertEquals(List.of(25), List.of(last.arguments()));
    }

    @Test
    void aStatusColumnIsReadAndAWrongOneRefused() {
        String header = "naam;type;gemeente;status\n";
        ImportPlan plan = read(header + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;ARCHIVED\n");
        assertEquals(MemberStatus.ARCHIVED, plan.organisations().get(0).status());
        assertEquals("status",
                only(refused(header + "Dorpsraad Ouwerkerk;DORPSRAAD;Schouwen-Duiveland;WEG\n")).field());
    }

    private static ImportPlan read(String file) {
        return ImportPlan.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    private static ProblemException refused(String file) {
        return assertThrows(ProblemException.class, () -> read(file));
    }

    private static FieldError only(ProblemException refused) {
        assertEquals(1, refused.errors().size(), () -> refused.errors().toString());
        return refused.errors().get(0);
    }
}
