package nl.dorpskracht.documents.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What an admin says about a document, validated: where it is filed, what it is called and who may read it. */
public record DocumentDetails(UUID folderId, String title, String description, Visibility visibility,
        boolean national) {

    /** The fields by name, for the audit log. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("folderId", folderId);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("visibility", visibility);
        fields.put("national", national);
        return fields;
    }
}
