package nl.dorpskracht.contributions.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.platform.problem.FieldError;

/** Small checks shared by the contribution inputs; each adds a field error and returns null when the value is bad. */
final class Inputs {

    static final long MAX_CENTS = 100_000_000L;

    private Inputs() {
    }

    static String text(List<FieldError> errors, String field, String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            if (missingKey != null) {
                errors.add(FieldError.field(field, missingKey));
            }
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            errors.add(FieldError.field(field, "tooLong", max));
            return null;
        }
        return clean;
    }

    static Long cents(List<FieldError> errors, String field, Long value, long min) {
        if (value == null) {
            errors.add(FieldError.field(field, "required.amount"));
            return null;
        }
        if (value < min || value > MAX_CENTS) {
            errors.add(FieldError.field(field, "invalid.amount", min, MAX_CENTS));
            return null;
        }
        return value;
    }

    static <E extends Enum<E>> E choice(List<FieldError> errors, String field, String value, Class<E> type, E fallback,
            String invalidKey) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                errors.add(FieldError.field(field, invalidKey));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field(field, invalidKey));
            return null;
        }
    }

    static LocalDate date(List<FieldError> errors, String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                errors.add(FieldError.field(field, "required.date"));
            }
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field(field, "invalid.date"));
            return null;
        }
    }
}
