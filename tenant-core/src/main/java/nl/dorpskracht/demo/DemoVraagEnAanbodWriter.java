package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.control.HelpRequestInput;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.matching.control.VolunteerInput;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Writes the demo volunteers and requests of one province once (nothing when its demo volunteers exist). */
@ApplicationScoped
@Transactional
public class DemoVraagEnAanbodWriter {

    private static final String BY = "demo";

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    /** Returns how many volunteers and requests were added. */
    public int addMissing(String tenant, List<DemoVraagEnAanbod.DemoVolunteer> volunteers,
            List<DemoVraagEnAanbod.DemoRequest> requests) {
        tenantWork.workIn(tenant);
        Sql sql = functions::rows;
        if (!sql.rows("select 1 as one from volunteer where tenant_id = current_setting('app.tenant_id', true)"
                + " and registered_by = #a0 limit 1", BY).isEmpty()) {
            return 0;
        }
        int added = 0;
        for (DemoVraagEnAanbod.DemoVolunteer person : volunteers) {
            VolunteerInput.Offer offer = new VolunteerInput(person.skills(), person.about(), person.region(),
                    person.municipality(), null, person.availability(), person.limits(), person.findable(), true, true,
                    person.name(), person.email(), null, null).validate(true);
            UUID id = MatchLedger.createVolunteer(sql, null, offer, BY);
            MatchLedger.storeContact(sql, id, offer.name(), offer.email(), null);
            added++;
        }
        List<Map<String, Object>> members = sql.rows("select cast(id as varchar) as id, name, region from"
                + " member_organisation where tenant_id = current_setting('app.tenant_id', true) and status = 'ACTIVE'"
                + " order by name limit 5");
        for (DemoVraagEnAanbod.DemoRequest request : requests) {
            if (request.member() >= members.size()) {
                continue;
            }
            Map<String, Object> member = members.get(request.member());
            HelpRequestInput.Request input = new HelpRequestInput((String) member.get("id"), request.title(),
                    request.description(), request.skills(), request.place(), null, null, null, null).validate(true);
            MatchLedger.createRequest(sql, input, (String) member.get("name"), (String) member.get("region"), null, BY);
            added++;
        }
        return added;
    }
}
