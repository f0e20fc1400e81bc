package nl.dorpskracht.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The host shares one of its events with one chosen tenant. */
@Entity
@Table(name = "event_share")
@IdClass(EventShare.Key.class)
public class EventShare extends TenantOwned {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Id
    @Column(name = "guest_tenant")
    private String guestTenant;

    protected EventShare() {
    }

    public EventShare(UUID eventId, String guestTenant) {
        this.eventId = eventId;
        this.guestTenant = guestTenant;
    }

    public UUID eventId() {
        return eventId;
    }

    public String guestTenant() {
        return guestTenant;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID eventId;
        private String guestTenant;

        public Key() {
        }

        public Key(UUID eventId, String guestTenant) {
            this.eventId = eventId;
            this.guestTenant = guestTenant;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(eventId, key.eventId)
                    && Objects.equals(guestTenant, key.guestTenant);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, guestTenant);
        }
    }
}
