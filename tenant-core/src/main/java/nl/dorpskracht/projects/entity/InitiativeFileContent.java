package nl.dorpskracht.projects.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The bytes of an initiative's file, written once, apart so that a list never loads them. */
@Entity
@Table(name = "initiative_file_content")
public class InitiativeFileContent extends TenantOwned {

    @Id
    @Column(name = "file_id")
    private UUID fileId;

    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    protected InitiativeFileContent() {
    }

    public InitiativeFileContent(UUID fileId, byte[] bytes) {
        this.fileId = fileId;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
