package nl.dorpskracht.prize.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The Dorpskrachtprijs of one ALV: its phase and when each phase began. */
@Entity
@Table(name = "prize_round")
public class PrizeRound extends TenantOwned {

    public static final String DEFAULT_TITLE = "Dorpskrachtprijs";

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    private String title;

    @Enumerated(EnumType.STRING)
    private PrizePhase phase;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "voting_at")
    private OffsetDateTime votingAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    protected PrizeRound() {
    }

    public PrizeRound(UUID eventId, String title) {
        this.eventId = eventId;
        this.title = title;
        this.phase = PrizePhase.NOMINATING;
        this.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Moves one step forward; any other move is refused. */
    public void moveTo(PrizePhase next) {
        if (!phase.mayMoveTo(next)) {
            throw new ProblemException(ProblemCode.PRIZE_PHASE);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        switch (next) {
        case VOTING -> votingAt = now;
        case CLOSED -> closedAt = now;
        case PUBLISHED -> publishedAt = now;
        default -> throw new IllegalStateException(next.name());
        }
        phase = next;
    }

    public void requirePhase(PrizePhase required) {
        if (phase != required) {
            throw new ProblemException(ProblemCode.PRIZE_PHASE);
        }
    }

    public UUID eventId() {
        return eventId;
    }

    public String title() {
        return title;
    }

    public PrizePhase phase() {
        return phase;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime votingAt() {
        return votingAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
