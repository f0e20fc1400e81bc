package nl.dorpskracht.platform.problem;

/** One thing wrong with the input: a field (or a row of a file) and what is wrong, in Dutch. */
public record FieldError(String field, Integer row, String message) {

    public static FieldError field(String field, String message) {
        return new FieldError(field, null, message);
    }
}
