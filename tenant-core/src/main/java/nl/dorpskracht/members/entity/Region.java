package nl.dorpskracht.members.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A part of a province (Noord-Limburg, Hoeksche Waard…) with its own ambassadors. Defined per tenant. */
@Entity
@Table(name = "region")
public class Region extends TenantOwned {

    public static final int NAME_MAX = 100;

    @Id
    private UUID id;

    private String name;

    protected Region() {
    }

    public Region(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }

    /** Renaming renames it on every member too (the foreign key cascades). */
    public void rename(String newName) {
        this.name = newName;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}
