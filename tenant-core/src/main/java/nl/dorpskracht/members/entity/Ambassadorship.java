package nl.dorpskracht.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** An account that is ambassador of a region: it sees and supports the members of that region only. */
@Entity
@Table(name = "ambassador_region")
@IdClass(Ambassadorship.Key.class)
public class Ambassadorship extends TenantOwned {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Id
    @Column(name = "region_id")
    private UUID regionId;

    /** As the admin typed it when inviting: the admin's list shows this, never the account's own name. */
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "email")
    private String email;

    protected Ambassadorship() {
    }

    public Ambassadorship(UUID accountId, UUID regionId, String displayName, String email) {
        this.accountId = accountId;
        this.regionId = regionId;
        this.displayName = displayName;
        this.email = email;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID regionId() {
        return regionId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID accountId;
        private UUID regionId;

        public Key() {
        }

        public Key(UUID accountId, UUID regionId) {
            this.accountId = accountId;
            this.regionId = regionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(accountId, key.accountId)
                    && java.util.Objects.equals(regionId, key.regionId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, regionId);
        }
    }
}
