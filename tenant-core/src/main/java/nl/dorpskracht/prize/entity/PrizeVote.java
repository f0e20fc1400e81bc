package nl.dorpskracht.prize.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The one vote of a member organisation in a prize round, cast by one of its contact persons. */
@Entity
@Table(name = "prize_vote")
@IdClass(PrizeVote.Key.class)
public class PrizeVote extends TenantOwned {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "nomination_id")
    private UUID nominationId;

    @Column(name = "voted_by_contact")
    private UUID votedByContact;

    @Column(name = "voted_at")
    private OffsetDateTime votedAt;

    protected PrizeVote() {
    }

    public PrizeVote(UUID eventId, UUID memberId, UUID nominationId, UUID votedByContact) {
        this.eventId = eventId;
        this.memberId = memberId;
        this.nominationId = nominationId;
        this.votedByContact = votedByContact;
        this.votedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID nominationId() {
        return nominationId;
    }

    public OffsetDateTime votedAt() {
        return votedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID eventId;
        private UUID memberId;

        public Key() {
        }

        public Key(UUID eventId, UUID memberId) {
            this.eventId = eventId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(eventId, key.eventId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, memberId);
        }
    }
}
