package nl.dorpskracht.admin.documents;

import nl.dorpskracht.documents.control.FolderInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The body of POST and PUT {@code /document-folders}; PUT with the version read. */
public record FolderRequest(String name, @MultiLine String description, Integer position, Long version) {

    public FolderInput input() {
        return new FolderInput(name, description, position);
    }
}
