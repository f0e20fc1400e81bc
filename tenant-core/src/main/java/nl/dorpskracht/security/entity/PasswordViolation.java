package nl.dorpskracht.security.entity;

import nl.dorpskracht.platform.problem.ProblemCode;

/** What can be wrong with a new password; each answers with its own problem code. */
public enum PasswordViolation {
    TOO_SHORT(ProblemCode.PASSWORD_TOO_SHORT), TOO_LONG(ProblemCode.PASSWORD_TOO_LONG),
    BREACHED(ProblemCode.PASSWORD_BREACHED), TOO_PREDICTABLE(ProblemCode.PASSWORD_TOO_PREDICTABLE);

    private final ProblemCode code;

    PasswordViolation(ProblemCode code) {
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }
}
