package nl.dorpskracht.prize.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/** A checked nomination: the initiative, the village or kern where it happens, and what it does. */
public record NominationDetails(String initiative, String village, String description) {

    public Map<String, Object[]> asCreated() {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("initiative", new Object[] { null, initiative });
        fields.put("village", new Object[] { null, village });
        fields.put("description", new Object[] { null, description });
        return fields;
    }
}
