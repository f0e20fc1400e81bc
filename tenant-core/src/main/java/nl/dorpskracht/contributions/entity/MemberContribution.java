package nl.dorpskracht.contributions.entity;

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
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A member organisation's contribution plan and who pays it. */
@Entity
@Table(name = "member_contribution")
public class MemberContribution extends TenantOwned {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "plan_id")
    private UUID planId;

    @Enumerated(EnumType.STRING)
    private PayerKind payer;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected MemberContribution() {
    }

    public MemberContribution(UUID memberId, UUID planId, PayerKind payer) {
        this.memberId = memberId;
        assign(planId, payer);
    }

    public void assign(UUID planId, PayerKind payer) {
        this.planId = planId;
        this.payer = payer;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID planId() {
        return planId;
    }

    public PayerKind payer() {
        return payer;
    }

    public long version() {
        return version;
    }
}
