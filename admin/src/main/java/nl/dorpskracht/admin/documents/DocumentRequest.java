package nl.dorpskracht.admin.documents;

import nl.dorpskracht.documents.control.DocumentInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The body of PUT {@code /documents/{id}}: where it is filed, what it is called, who may read it, the version read. */
public record DocumentRequest(String folderId, String title, @MultiLine String description, String visibility,
        Boolean national, Long version) {

    public DocumentInput input() {
        return new DocumentInput(folderId, title, description, visibility, national);
    }
}
