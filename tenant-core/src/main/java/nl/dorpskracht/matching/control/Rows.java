package nl.dorpskracht.matching.control;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading columns of the vraag &amp; aanbod statements the same way under EclipseLink and plain JDBC. */
final class Rows {

    private Rows() {
    }

    static UUID id(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : UUID.fromString(value.toString());
    }

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    static LocalDate date(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    static OffsetDateTime time(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }

    static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static boolean flag(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) || "t".equals(String.valueOf(value));
    }

    /** A text array read as {@code array_to_string(…, ',')}. */
    static List<String> codes(Map<String, Object> row, String column) {
        String value = text(row, column);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    /** A list of checked codes as a PostgreSQL array literal (the codes are {@code [a-z-]} only). */
    static String array(List<String> codes) {
        return "{" + String.join(",", codes) + "}";
    }
}
