package nl.dorpskracht.members.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input for a member organisation, as typed on a form or sent to the API; {@link #validate()} checks all of it. */
public record MemberInput(String name, String type, String municipality, String region, String email) {

    public static final int NAME_MAX = 200;
    public static final int PLACE_MAX = 100;
    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    /** Returns clean details, or throws with every field error at once. */
    public MemberDetails validate() {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = required(errors, "name", name, NAME_MAX, "required.name");
        String cleanMunicipality = required(errors, "municipality", municipality, PLACE_MAX, "required.municipality");
        String cleanRegion = optional(errors, "region", region, PLACE_MAX);
        String cleanEmail = optional(errors, "email", email, EMAIL_MAX);
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            errors.add(FieldError.field("email", "invalid.email"));
        }
        MemberType cleanType = parseType(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new MemberDetails(cleanName, cleanType, cleanMunicipality, cleanRegion,
                cleanEmail == null ? null : cleanEmail.toLowerCase(Locale.ROOT));
    }

    private MemberType parseType(List<FieldError> errors) {
        if (type == null || type.isBlank()) {
            errors.add(FieldError.field("type", "required.type"));
            return null;
        }
        try {
            return MemberType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field("type", "invalid.memberType"));
            return null;
        }
    }

    private static String required(List<FieldError> errors, String field, String value, int max, String missingKey) {
        String clean = optional(errors, field, value, max);
        if (clean == null) {
            errors.add(FieldError.field(field, missingKey));
        }
        return clean;
    }

    private static String optional(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            errors.add(FieldError.field(field, "tooLong", max));
        }
        return clean;
    }
}
