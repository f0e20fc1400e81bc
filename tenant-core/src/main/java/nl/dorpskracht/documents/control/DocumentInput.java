package nl.dorpskracht.documents.control;

import java.util.UUID;
import nl.dorpskracht.documents.entity.DocumentDetails;
import nl.dorpskracht.documents.entity.Visibility;
import nl.dorpskracht.platform.problem.InputFields;

/** What an admin sends about a document (upload or edit), as text, before validation. */
public record DocumentInput(String folderId, String title, String description, String visibility, Boolean national) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;

    /** Validated details; a blank title becomes {@code defaultTitle} (the file name without extension on upload). */
    public DocumentDetails validate(String defaultTitle) {
        InputFields fields = new InputFields();
        UUID folder = null;
        if (folderId == null || folderId.isBlank()) {
            fields.fail("folderId", "required.documentFolder");
        } else {
            try {
                folder = UUID.fromString(folderId.strip());
            } catch (IllegalArgumentException e) {
                fields.fail("folderId", "required.documentFolder");
            }
        }
        String cleanTitle = (title == null || title.isBlank()) && defaultTitle != null ? fields.optional("title",
                defaultTitle.substring(0, Math.min(defaultTitle.length(), TITLE_MAX)), TITLE_MAX)
                : fields.required("title", title, TITLE_MAX, "required.documentTitle");
        String cleanDescription = fields.optional("description", description, DESCRIPTION_MAX);
        Visibility chosen = visibility == null || visibility.isBlank() ? Visibility.MEMBERS
                : fields.choice("visibility", visibility, Visibility.class, null, "invalid.documentVisibility");
        fields.throwIfInvalid();
        return new DocumentDetails(folder, cleanTitle, cleanDescription, chosen, Boolean.TRUE.equals(national));
    }

    public DocumentInput inFolder(String folder) {
        return new DocumentInput(folder, title, description, visibility, national);
    }

    /** "Notulen ALV.pdf" → "Notulen ALV". */
    public static String titleFromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
