package nl.dorpskracht.admin.contributions;

import java.io.Serializable;
import nl.dorpskracht.contributions.entity.CreditorDetails;

/** The association's SEPA creditor details as typed. */
public class CreditorForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String iban;
    private String bic;
    private String creditorId;
    private String painVersion = "001.02";

    void load(CreditorDetails details) {
        name = details.name();
        iban = details.iban();
        bic = details.bic();
        creditorId = details.creditorId();
        painVersion = details.painVersion() == null ? "001.02" : details.painVersion().code();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getCreditorId() {
        return creditorId;
    }

    public void setCreditorId(String creditorId) {
        this.creditorId = creditorId;
    }

    public String getPainVersion() {
        return painVersion;
    }

    public void setPainVersion(String painVersion) {
        this.painVersion = painVersion;
    }
}
