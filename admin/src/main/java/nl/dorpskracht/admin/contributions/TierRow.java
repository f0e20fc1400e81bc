package nl.dorpskracht.admin.contributions;

import java.io.Serializable;

/** One tier of a tiered plan as the form edits it: from how many inhabitants, and the amount as typed. */
public class TierRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer fromInhabitants;
    private String amount;

    public Integer getFromInhabitants() {
        return fromInhabitants;
    }

    public void setFromInhabitants(Integer fromInhabitants) {
        this.fromInhabitants = fromInhabitants;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
