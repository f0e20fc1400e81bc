package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

@Entity
@Table(name = "contribution_tier")
public class ContributionTier extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "from_inhabitants")
    private int fromInhabitants;

    @Column(name = "amount_cents")
    private long amountCents;

    protected ContributionTier() {
    }

    public ContributionTier(UUID planId, Tier tier) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.fromInhabitants = tier.fromInhabitants();
        this.amountCents = tier.amountCents();
    }

    public UUID planId() {
        return planId;
    }

    public Tier tier() {
        return new Tier(fromInhabitants, amountCents);
    }
}
