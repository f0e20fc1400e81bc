package nl.dorpskracht.newsletters.control;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Reading columns of the newsletter statements the same way under EclipseLink and plain JDBC. */
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
        return Boolean.TRUE.equals(row.get(column));
    }
}
