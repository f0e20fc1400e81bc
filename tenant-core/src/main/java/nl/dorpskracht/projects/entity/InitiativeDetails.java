package nl.dorpskracht.projects.entity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What is told about an initiative; validated by {@code projects.control.InitiativeRules} before it is applied. */
public record InitiativeDetails(UUID memberId, String place, String municipalityCode, String title, String summary,
        String goal, String approach, String result, BigDecimal costs, String funding, boolean subsidised,
        String lessonsLearned, List<String> themes, Integer year, InitiativeVisibility visibility) {

    public InitiativeDetails {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** For the audit: field values, the long texts by their length only (what changed, not a copy of it). */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("memberId", memberId);
        fields.put("place", place);
        fields.put("municipalityCode", municipalityCode);
        fields.put("title", title);
        fields.put("summary", length(summary));
        fields.put("goal", length(goal));
        fields.put("approach", length(approach));
        fields.put("result", length(result));
        fields.put("costs", costs == null ? null : costs.stripTrailingZeros().toPlainString());
        fields.put("funding", length(funding));
        fields.put("subsidised", subsidised);
        fields.put("lessonsLearned", length(lessonsLearned));
        fields.put("themes", String.join(",", themes));
        fields.put("year", year);
        fields.put("visibility", visibility);
        return fields;
    }

    private static Object length(String text) {
        return text == null ? null : text.length() + " tekens";
    }
}
