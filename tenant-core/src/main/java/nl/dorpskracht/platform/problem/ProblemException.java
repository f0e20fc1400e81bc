package nl.dorpskracht.platform.problem;

import java.util.List;

/** A refusal the caller can act on; the boundary turns it into {@code application/problem+json}. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemCode code;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemCode code) {
        this(code, code.title(), List.of());
    }

    public ProblemException(ProblemCode code, String detail) {
        this(code, detail, List.of());
    }

    public ProblemException(ProblemCode code, String detail, List<FieldError> errors) {
        super(detail);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemCode.VALIDATION_FAILED, ProblemCode.VALIDATION_FAILED.title(), errors);
    }

    public ProblemCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
