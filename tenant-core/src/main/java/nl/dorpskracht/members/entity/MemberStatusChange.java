package nl.dorpskracht.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** One step in a member organisation's history: joined, suspended, reinstated, left. Never changed afterwards. */
@Entity
@Table(name = "member_status_change")
public class MemberStatusChange extends TenantOwned {

    public static final int REASON_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String reason;

    protected MemberStatusChange() {
    }

    public MemberStatusChange(UUID memberId, MemberStatus status, String changedBy, String reason) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.status = status;
        this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.changedBy = changedBy;
        this.reason = reason;
    }

    public UUID memberId() {
        return memberId;
    }

    public MemberStatus status() {
        return status;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String reason() {
        return reason;
    }
}
