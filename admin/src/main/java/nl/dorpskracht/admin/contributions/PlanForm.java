package nl.dorpskracht.admin.contributions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.contributions.entity.Tier;

/** The plan being written or changed, as typed. */
public class PlanForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private boolean editing;
    private String id;
    private Long version;
    private String name;
    private String kind;
    private String amount;
    private boolean active = true;
    private final List<TierRow> tiers = new ArrayList<>();

    void clear() {
        editing = false;
        id = null;
        version = null;
        name = null;
        kind = null;
        amount = null;
        active = true;
        tiers.clear();
    }

    /** A new flat plan, open for typing. */
    void startNew() {
        clear();
        editing = true;
        kind = PlanKind.FLAT.name();
    }

    Long getVersion() {
        return version;
    }

    void load(PlanWithTiers plan) {
        clear();
        editing = true;
        id = plan.plan().id().toString();
        version = plan.plan().version();
        name = plan.details().name();
        kind = plan.details().kind().name();
        amount = Money.plain(plan.details().amountCents());
        active = plan.details().active();
        for (Tier tier : plan.details().tiers()) {
            TierRow row = new TierRow();
            row.setFromInhabitants(tier.fromInhabitants());
            row.setAmount(Money.plain(tier.amountCents()));
            tiers.add(row);
        }
    }

    public boolean isEditing() {
        return editing;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<TierRow> getTiers() {
        return tiers;
    }
}
