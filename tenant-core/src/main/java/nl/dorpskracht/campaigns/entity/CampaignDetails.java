package nl.dorpskracht.campaigns.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a campaign says, validated: the letter's text and the period for co-signing. */
public record CampaignDetails(String title, String summary, String body, String closing, LocalDate opensOn,
        LocalDate closesOn, boolean national) {

    /** The fields by name, for the audit log. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("closing", closing);
        fields.put("opensOn", opensOn);
        fields.put("closesOn", closesOn);
        fields.put("national", national);
        return fields;
    }
}
