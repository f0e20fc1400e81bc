package nl.dorpskracht.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A link of an initiative (its website, a newspaper article); at most ten, the position orders them. */
@Entity
@Table(name = "initiative_link")
@IdClass(InitiativeLink.Key.class)
public class InitiativeLink extends TenantOwned {

    @Id
    @Column(name = "initiative_id")
    private UUID initiativeId;

    @Id
    private int position;

    private String url;

    private String label;

    protected InitiativeLink() {
    }

    public InitiativeLink(UUID initiativeId, int position, String url, String label) {
        this.initiativeId = initiativeId;
        this.position = position;
        this.url = url;
        this.label = label;
    }

    public int position() {
        return position;
    }

    public String url() {
        return url;
    }

    public String label() {
        return label;
    }

    /** The key within a tenant. */
    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private UUID initiativeId;
        private int position;

        public Key() {
        }

        public Key(UUID initiativeId, int position) {
            this.initiativeId = initiativeId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(initiativeId, key.initiativeId)
                    && position == key.position;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(initiativeId, position);
        }
    }
}
