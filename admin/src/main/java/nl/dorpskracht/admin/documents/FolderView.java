package nl.dorpskracht.admin.documents;

import java.util.UUID;
import nl.dorpskracht.documents.entity.DocumentFolder;

/** A folder of the library as the API shows it. */
public record FolderView(UUID id, String name, String description, int position, long version) {

    public static FolderView of(DocumentFolder folder) {
        return new FolderView(folder.id(), folder.name(), folder.details().description(), folder.details().position(),
                folder.version());
    }
}
