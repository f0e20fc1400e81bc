package nl.dorpskracht.members.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * A page of the member list: free text, filters, and server-side paging (page counts from 0). {@code municipality} is a
 * CBS code, or {@link #UNMATCHED} for the organisations whose municipality the register does not know.
 */
public record MemberSearch(String text, MemberType type, String region, MemberStatus status, int page, int size,
        String municipality) {

    public static final String UNMATCHED = "unmatched";
    private static final java.util.regex.Pattern CBS_CODE = java.util.regex.Pattern.compile("GM\\d{4}");

    public MemberSearch(String text, MemberType type, String region, MemberStatus status, int page, int size) {
        this(text, type, region, status, page, size, null);
    }

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;
    public static final int DEFAULT_SIZE = 20;

    public static MemberSearch parse(String q, String type, String region, String status, String page, String size) {
        return parse(q, type, region, status, page, size, null);
    }

    public static MemberSearch parse(String q, String type, String region, String status, String page, String size,
            String municipality) {
        List<FieldError> errors = new ArrayList<>();
        String text = blankToNull(q);
        if (text != null && text.length() > 200) {
            errors.add(FieldError.field("q", "tooLong", 200));
        }
        MemberType parsedType = parseEnum(errors, "type", type, MemberType.class);
        MemberStatus parsedStatus = parseEnum(errors, "status", status, MemberStatus.class);
        int parsedPage = parseInt(errors, "page", page, 0, 0, MAX_PAGE);
        int parsedSize = parseInt(errors, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String parsedMunicipality = blankToNull(municipality);
        if (parsedMunicipality != null) {
            parsedMunicipality = parsedMunicipality.equalsIgnoreCase(UNMATCHED) ? UNMATCHED
                    : parsedMunicipality.toUpperCase(Locale.ROOT);
            if (!UNMATCHED.equals(parsedMunicipality) && !CBS_CODE.matcher(parsedMunicipality).matches()) {
                errors.add(FieldError.field("municipality", "invalid.value"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(), errors);
        }
        return new MemberSearch(text, parsedType, blankToNull(region),
                parsedStatus == null ? MemberStatus.ACTIVE : parsedStatus, parsedPage, parsedSize, parsedMunicipality);
    }

    private static <E extends Enum<E>> E parseEnum(List<FieldError> errors, String field, String value, Class<E> type) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.field(field, "invalid.value"));
            return null;
        }
    }

    private static int parseInt(List<FieldError> errors, String field, String value, int fallback, int min, int max) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.field(field, "invalid.range", min, max));
        return fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
