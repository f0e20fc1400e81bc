package nl.dorpskracht.documents.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A folder of an association's library (ALV-stukken, Toolkit, Brochures …), in the order the admin gives. */
@Entity
@Table(name = "document_folder")
public class DocumentFolder extends TenantOwned {

    @Id
    private UUID id;

    private String name;

    private String description;

    private int position;

    @Version
    private long version;

    protected DocumentFolder() {
    }

    public DocumentFolder(FolderDetails details) {
        this.id = UUID.randomUUID();
        apply(details);
    }

    /** Applies new details; returns the changed fields as {@code [before, after]}. */
    public Map<String, Object[]> describe(FolderDetails details) {
        Map<String, Object[]> changes = FieldChanges.between(details().fields(), details.fields());
        apply(details);
        return changes;
    }

    private void apply(FolderDetails details) {
        this.name = details.name();
        this.description = details.description();
        this.position = details.position();
    }

    public FolderDetails details() {
        return new FolderDetails(name, description, position);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
