package nl.dorpskracht.documents.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a folder says, validated. */
public record FolderDetails(String name, String description, int position) {

    /** The fields by name, for the audit log. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("position", position);
        return fields;
    }
}
