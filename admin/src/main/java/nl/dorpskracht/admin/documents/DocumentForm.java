package nl.dorpskracht.admin.documents;

import java.io.Serializable;
import nl.dorpskracht.documents.control.DocumentInput;
import nl.dorpskracht.documents.control.DocumentView;

/** The metadata fields of the upload and edit forms, as typed. */
public class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String folderId;
    private String title;
    private String description;
    private String visibility = "MEMBERS";
    private boolean national;

    public DocumentInput input() {
        return new DocumentInput(folderId, title, description, visibility, national);
    }

    void fill(DocumentView document) {
        folderId = document.folderId() == null ? null : document.folderId().toString();
        title = document.title();
        description = document.description();
        visibility = document.visibility().name();
        national = document.national();
    }

    void clear() {
        title = null;
        description = null;
        visibility = "MEMBERS";
        national = false;
    }

    public String getFolderId() {
        return folderId;
    }

    public void setFolderId(String folderId) {
        this.folderId = folderId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public boolean isNational() {
        return national;
    }

    public void setNational(boolean national) {
        this.national = national;
    }
}
