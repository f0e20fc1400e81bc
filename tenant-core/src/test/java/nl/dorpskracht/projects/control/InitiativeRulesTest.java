package nl.dorpskracht.projects.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.control.InitiativeWorkflow.Action;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import org.junit.jupiter.api.Test;

/** The workflow's allowed moves and the validation of what people write about an initiative. */
class InitiativeRulesTest {

    private static final Set<String> THEMES = Set.of("energie", "mobiliteit");

    @Test
    void aSubmissionIsPublishedOrRejectedAndARejectedOneMaybeSubmittedAgain() {
        assertEquals(InitiativeStatus.SUBMITTED, InitiativeWorkflow.next(InitiativeStatus.DRAFT, Action.SUBMIT));
        assertEquals(InitiativeStatus.REJECTED, InitiativeWorkflow.next(InitiativeStatus.SUBMITTED, Action.REJECT));
        assertEquals(InitiativeStatus.SUBMITTED, InitiativeWorkflow.next(InitiativeStatus.REJECTED, Action.SUBMIT));
        assertEquals(InitiativeStatus.PUBLISHED, InitiativeWorkflow.next(InitiativeStatus.SUBMITTED, Action.PUBLISH));
        assertEquals(InitiativeStatus.ARCHIVED, InitiativeWorkflow.next(InitiativeStatus.PUBLISHED, Action.ARCHIVE));
        for (var refused : List.of(List.of(InitiativeStatus.PUBLISHED, Action.SUBMIT),
                List.of(InitiativeStatus.PUBLISHED, Action.REJECT), List.of(InitiativeStatus.DRAFT, Action.REJECT),
                List.of(InitiativeStatus.PUBLISHED, Action.PUBLISH),
                List.of(InitiativeStatus.ARCHIVED, Action.ARCHIVE))) {
            ProblemException problem = assertThrows(ProblemException.class,
                    () -> InitiativeWorkflow.next((InitiativeStatus) refused.get(0), (Action) refused.get(1)));
            assertEquals(ProblemCode.INITIATIVE_STATUS, problem.code(), refused.toString());
        }
    }

    @Test
    void costsAreReadAsADutchPersonOrAnIntegrationWritesThem() {
        assertEquals(0, new BigDecimal("12500.50").compareTo(input("12.500,50").validate(THEMES).costs()));
        assertEquals(0, new BigDecimal("12500.50").compareTo(input("12500.50").validate(THEMES).costs()));
        assertEquals(0, new BigDecimal("950").compareTo(input("€ 950").validate(THEMES).costs()));
        assertEquals(0, new BigDecimal("12500").compareTo(input("12.500").validate(THEMES).costs()));
        assertEquals(0, new BigDecimal("1250000").compareTo(input("1.250.000").validate(THEMES).costs()));
        for (String bad : List.of("veel", "-5", "1,234", "99999999999")) {
            assertTrue(fields(() -> input(bad).validate(THEMES)).contains("costs"), bad);
        }
    }

    @Test
    void unknownThemesBadLinksAndOverlongTextsAreFieldErrors() {
        InitiativeInput input = new InitiativeInput(null, null, "Venlo", "", null, "x".repeat(4001), null, null, null,
                null, null, null, List.of("energie", "geheim"), "1800", "IEDEREEN",
                List.of(new InitiativeInput.LinkInput("javascript:alert(1)", "x")), null, null, null);
        List<String> failed = fields(() -> input.validate(THEMES));
        assertEquals(List.of("municipalityCode", "title", "goal", "year", "visibility", "themes", "links[0].url"),
                failed);
        InitiativeDetails ok = new InitiativeInput(null, null, "GM0983", "Buurtbus", null, null, null, null, null, null,
                true, null, List.of("mobiliteit", "mobiliteit", " "), "2024", "public", null, null, null, null)
                        .validate(THEMES);
        assertEquals(List.of("mobiliteit"), ok.themes(), "a theme once, blanks ignored");
    }

    private static InitiativeInput input(String costs) {
        return new InitiativeInput(null, null, null, "Titel", null, null, null, null, costs, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static List<String> fields(Runnable validation) {
        ProblemException problem = assertThrows(ProblemException.class, validation::run);
        return problem.errors().stream().map(FieldError::field).toList();
    }
}
