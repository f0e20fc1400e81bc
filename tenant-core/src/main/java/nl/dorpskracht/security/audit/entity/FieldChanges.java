package nl.dorpskracht.security.audit.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields whose values differ between two descriptions of a record, as {@code [before, after]}, for the audit. */
public final class FieldChanges {

    private FieldChanges() {
    }

    /** {@code before} may be empty for a new record; the order of {@code after} is kept. */
    public static Map<String, Object[]> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(field, new Object[] { before.get(field), value });
            }
        });
        return changes;
    }
}
