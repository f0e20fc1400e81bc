package nl.dorpskracht.admin.campaigns;

import nl.dorpskracht.campaigns.control.OutreachInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The JSON body that records the outreach to a target: dates as 2027-03-01, the outcome, the version read. */
public record OutreachRequest(String sentOn, String responseOn, @MultiLine String responseSummary, String outcome,
        Long version) {

    public OutreachInput input() {
        return new OutreachInput(sentOn, responseOn, responseSummary, outcome);
    }
}
