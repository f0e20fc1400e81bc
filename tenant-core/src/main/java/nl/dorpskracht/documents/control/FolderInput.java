package nl.dorpskracht.documents.control;

import nl.dorpskracht.documents.entity.FolderDetails;
import nl.dorpskracht.platform.problem.InputFields;

/** What an admin sends about a folder, before validation. */
public record FolderInput(String name, String description, Integer position) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    public FolderDetails validate() {
        InputFields fields = new InputFields();
        String cleanName = fields.required("name", name, NAME_MAX, "required.name");
        String cleanDescription = fields.optional("description", description, DESCRIPTION_MAX);
        int place = position == null ? 0 : position;
        if (place < 0 || place > 10_000) {
            fields.fail("position", "invalid.number", 0, 10_000);
        }
        fields.throwIfInvalid();
        return new FolderDetails(cleanName, cleanDescription, place);
    }
}
