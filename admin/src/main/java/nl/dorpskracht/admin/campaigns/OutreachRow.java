package nl.dorpskracht.admin.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import nl.dorpskracht.campaigns.control.OutreachInput;
import nl.dorpskracht.campaigns.control.OutreachView;

/** The outreach to one addressee as the admin edits it in its row: dates as the browser's date picker gives them. */
public class OutreachRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String targetId;
    private final String name;
    private final String municipality;
    private final int coSigners;
    private final long version;
    private String sentOn;
    private String responseOn;
    private String responseSummary;
    private String outcome;

    OutreachRow(OutreachView view) {
        targetId = view.targetId().toString();
        name = view.name();
        municipality = view.municipality();
        coSigners = view.coSigners();
        version = view.version();
        sentOn = date(view.sentOn());
        responseOn = date(view.responseOn());
        responseSummary = view.responseSummary();
        outcome = view.outcome();
    }

    OutreachInput input() {
        return new OutreachInput(blankToNull(sentOn), blankToNull(responseOn), responseSummary, outcome);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public int getCoSigners() {
        return coSigners;
    }

    public long getVersion() {
        return version;
    }

    public String getSentOn() {
        return sentOn;
    }

    public void setSentOn(String sentOn) {
        this.sentOn = sentOn;
    }

    public String getResponseOn() {
        return responseOn;
    }

    public void setResponseOn(String responseOn) {
        this.responseOn = responseOn;
    }

    public String getResponseSummary() {
        return responseSummary;
    }

    public void setResponseSummary(String responseSummary) {
        this.responseSummary = responseSummary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
