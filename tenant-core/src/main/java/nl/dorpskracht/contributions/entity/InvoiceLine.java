package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** One member billed on an invoice: its name, plan and amount as they were when the invoice was made. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "line_no")
    private int lineNo;

    private int year;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "member_name")
    private String memberName;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "plan_name")
    private String planName;

    private Integer inhabitants;

    @Column(name = "amount_cents")
    private long amountCents;

    protected InvoiceLine() {
    }

    public InvoiceLine(UUID invoiceId, int lineNo, int year, UUID memberId, String memberName, UUID planId,
            String planName, Integer inhabitants, long amountCents) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.lineNo = lineNo;
        this.year = year;
        this.memberId = memberId;
        this.memberName = memberName;
        this.planId = planId;
        this.planName = planName;
        this.inhabitants = inhabitants;
        this.amountCents = amountCents;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public int lineNo() {
        return lineNo;
    }

    public UUID memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public UUID planId() {
        return planId;
    }

    public String planName() {
        return planName;
    }

    public Integer inhabitants() {
        return inhabitants;
    }

    public long amountCents() {
        return amountCents;
    }
}
