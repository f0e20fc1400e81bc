package nl.dorpskracht.projects.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.entity.InitiativeStatus;

/**
 * Which moves an initiative may make. An admin publishes a draft, a submitted or a rejected one (and republishes an
 * archived one), rejects a submitted one, archives a published one; a member contact submits their draft or their
 * rejected initiative again. Anything else is a 409 INITIATIVE_STATUS.
 */
public final class InitiativeWorkflow {

    /** What a user asks. */
    public enum Action {
        SUBMIT, PUBLISH, REJECT, ARCHIVE
    }

    private static final Map<Action, Set<InitiativeStatus>> FROM = Map.of( //
            Action.SUBMIT, EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.REJECTED), //
            Action.PUBLISH,
            EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED, InitiativeStatus.REJECTED,
                    InitiativeStatus.ARCHIVED), //
            Action.REJECT, EnumSet.of(InitiativeStatus.SUBMITTED), //
            Action.ARCHIVE, EnumSet.of(InitiativeStatus.PUBLISHED, InitiativeStatus.DRAFT, InitiativeStatus.REJECTED));

    private static final Map<Action, InitiativeStatus> TO = Map.of(Action.SUBMIT, InitiativeStatus.SUBMITTED,
            Action.PUBLISH, InitiativeStatus.PUBLISHED, Action.REJECT, InitiativeStatus.REJECTED, Action.ARCHIVE,
            InitiativeStatus.ARCHIVED);

    private InitiativeWorkflow() {
    }

    /** The status after {@code action}, or a 409 when the initiative cannot make that move now. */
    public static InitiativeStatus next(InitiativeStatus current, Action action) {
        if (!FROM.get(action).contains(current)) {
            throw new ProblemException(ProblemCode.INITIATIVE_STATUS);
        }
        return TO.get(action);
    }

    /** A member contact may change their initiative only while it is not in the admin's hands or published. */
    public static boolean editableByContact(InitiativeStatus current) {
        return current == InitiativeStatus.DRAFT || current == InitiativeStatus.REJECTED;
    }
}
