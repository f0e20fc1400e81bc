package nl.dorpskracht.bookkeeping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A contribution plan whose revenue is booked on an account other than the association's default. */
@Entity
@Table(name = "ledger_plan_account")
public class PlanLedgerAccount extends TenantOwned {

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "revenue_account")
    private String revenueAccount;

    protected PlanLedgerAccount() {
    }

    public PlanLedgerAccount(UUID planId, String revenueAccount) {
        this.planId = planId;
        this.revenueAccount = revenueAccount;
    }

    public UUID planId() {
        return planId;
    }

    public String revenueAccount() {
        return revenueAccount;
    }

    public void book(String account) {
        this.revenueAccount = account;
    }
}
