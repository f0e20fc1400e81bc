package nl.dorpskracht.campaigns.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.dorpskracht.campaigns.entity.Outcome;
import nl.dorpskracht.platform.problem.InputFields;

/** What an admin records about a letter: sent on, answered on, what they said, the outcome; dates as 2027-03-01. */
public record OutreachInput(String sentOn, String responseOn, String responseSummary, String outcome) {

    /** The checked record; every field error at once (422), a missing version among them. */
    public Recorded validate(Long version) {
        InputFields fields = new InputFields();
        LocalDate sent = fields.date("sentOn", sentOn);
        LocalDate response = fields.date("responseOn", responseOn);
        String summary = fields.optional("responseSummary", responseSummary, 4000);
        Outcome result = fields.choice("outcome", outcome, Outcome.class, "required.outcome", "invalid.outcome");
        if (sent != null && response != null && response.isBefore(sent)) {
            fields.fail("responseOn", "invalid.responseBeforeSent");
        }
        if (version == null) {
            fields.fail("version", "required.version");
        }
        fields.throwIfInvalid();
        return new Recorded(sent, response, summary, result);
    }

    /** Checked outreach fields. */
    public record Recorded(LocalDate sentOn, LocalDate responseOn, String responseSummary, Outcome outcome) {

        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("sentOn", sentOn);
            fields.put("responseOn", responseOn);
            fields.put("responseSummary", responseSummary);
            fields.put("outcome", outcome);
            return fields;
        }
    }
}
