package nl.dorpskracht.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the errors of one form or one file row while reading its fields, so that the user learns everything that is
 * wrong at once. Checks are the same for the API, the pages and the CSV import.
 */
public final class InputFields {

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,18}[0-9]$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Za-z]{2})$");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<FieldError> errors = new ArrayList<>();

    public String required(String field, String value, int max, String missingKey) {
        String clean = optional(field, value, max);
        if (clean == null) {
            errors.add(FieldError.field(field, missingKey));
        }
        return clean;
    }

    public String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            errors.add(FieldError.field(field, "tooLong", max));
        }
        return clean;
    }

    /** Lower case; null if empty. */
    public String email(String field, String value) {
        String clean = optional(field, value, EMAIL_MAX);
        if (clean != null && !EMAIL.matcher(clean).matches()) {
            errors.add(FieldError.field(field, "invalid.email"));
        }
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }

    public String phone(String field, String value) {
        String clean = optional(field, value, PHONE_MAX);
        if (clean != null && !PHONE.matcher(clean).matches()) {
            errors.add(FieldError.field(field, "invalid.phone"));
        }
        return clean;
    }

    /** A Dutch postal code, written as {@code 1234 AB}. */
    public String postalCode(String field, String value) {
        String clean = optional(field, value, 7);
        if (clean == null) {
            return null;
        }
        Matcher parts = POSTAL_CODE.matcher(clean);
        if (!parts.matches()) {
            errors.add(FieldError.field(field, "invalid.postalCode"));
            return null;
        }
        return parts.group(1) + " " + parts.group(2).toUpperCase(Locale.ROOT);
    }

    public Integer wholeNumber(String field, String value, int min, int max) {
        String clean = optional(field, value, 12);
        if (clean == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(clean.replace(".", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.field(field, "invalid.number", min, max));
        return null;
    }

    /** {@code 2024-03-31} or the Dutch {@code 31-3-2024}. */
    public LocalDate date(String field, String value) {
        String clean = optional(field, value, 10);
        if (clean == null) {
            return null;
        }
        try {
            return clean.indexOf('-') == 4 ? LocalDate.parse(clean) : LocalDate.parse(clean, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.field(field, "invalid.date"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, String missingKey,
            String invalidKey) {
        if (value == null || value.isBlank()) {
            if (missingKey != null) {
                errors.add(FieldError.field(field, missingKey));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field(field, invalidKey));
            return null;
        }
    }

    public void fail(String field, String key, Object... arguments) {
        errors.add(FieldError.field(field, key, arguments));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws with every error collected so far, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
