package nl.dorpskracht.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.members.control.PersonalDataSource;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * A contact person's offer as a volunteer and the requests they were proposed for, in their personal-data export. The
 * asking association got nothing of them unless they said yes: the export says so per proposal.
 */
@ApplicationScoped
public class VolunteeringOfPerson implements PersonalDataSource {

    @Inject
    TransactionFunctions functions;

    @Override
    public String section() {
        return "volunteering";
    }

    @Override
    public List<Map<String, Object>> about(UUID contactId) {
        Sql sql = functions::rows;
        List<Map<String, Object>> records = new ArrayList<>();
        MatchLedger.volunteerOfContact(sql, contactId).ifPresent(offer -> {
            records.add(offer(offer));
            MatchLedger.proposalsAbout(sql, offer.id()).forEach(proposal -> records.add(proposal(proposal)));
        });
        return records;
    }

    private static Map<String, Object> offer(Volunteer volunteer) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("record", "offer");
        fields.put("skills", String.join(", ", volunteer.skills()));
        fields.put("about", volunteer.about());
        fields.put("region", volunteer.region());
        fields.put("place", volunteer.place());
        fields.put("availability", volunteer.availability());
        fields.put("limits", volunteer.limits());
        fields.put("consentOn", String.valueOf(volunteer.consentOn()));
        fields.put("findableNationally", volunteer.findableNationally());
        fields.put("active", volunteer.active());
        fields.put("shownToOthersAs", volunteer.pseudonym());
        return fields;
    }

    private static Map<String, Object> proposal(Map<String, Object> row) {
        String status = Objects.toString(row.get("status"), null);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("record", "proposal");
        fields.put("requestTenant", Objects.toString(row.get("request_tenant"), null));
        fields.put("title", Objects.toString(row.get("title"), null));
        fields.put("organisation", Objects.toString(row.get("organisation"), null));
        fields.put("status", status);
        fields.put("givenToAsker", "ACCEPTED".equals(status) ? "your name, e-mail address and phone number"
                : "only your pseudonym, skills and place");
        return fields;
    }
}
