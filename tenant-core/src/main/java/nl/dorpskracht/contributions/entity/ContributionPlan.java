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

/** A contribution plan of a tenant. Its tiers are {@link ContributionTier} rows, read and replaced by the service. */
@Entity
@Table(name = "contribution_plan")
public class ContributionPlan extends TenantOwned {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    @Column(name = "amount_cents")
    private long amountCents;

    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ContributionPlan() {
    }

    public ContributionPlan(PlanDetails details) {
        this.id = UUID.randomUUID();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        apply(details);
    }

    public void apply(PlanDetails details) {
        this.name = details.name();
        this.kind = details.kind();
        this.amountCents = details.amountCents();
        this.active = details.active();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PlanKind kind() {
        return kind;
    }

    public long amountCents() {
        return amountCents;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
