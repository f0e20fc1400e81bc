package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.matching.control.MatchMail;
import nl.dorpskracht.matching.control.Proposal;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/**
 * After a yes: each side gets the other's details by mail, once (contacts_sent_at), and the request counts as matched.
 * It runs in the asking province's tenant, the only one that may read the volunteer's details of this proposal
 * (accepted_volunteer_contact) and file the mail in the volunteer's province (record_volunteer_match_mail).
 */
@ApplicationScoped
public class MatchExchange {

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantRegistry tenants;

    @Inject
    jakarta.enterprise.event.Event<Accepted> accepted;

    /** A yes given in another tenant's transaction: told to the asking province once that transaction committed. */
    public record Accepted(String requestTenant, UUID match) {
    }

    void afterAnswer(String requestTenant, UUID match) {
        accepted.fire(new Accepted(requestTenant, match));
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Accepted yes) {
        exchangeIn(yes.requestTenant(), yes.match());
    }

    /** In a transaction of its own, in the asking province. */
    @Transactional(TxType.REQUIRES_NEW)
    public void exchangeIn(String requestTenant, UUID match) {
        tenantWork.workIn(requestTenant);
        exchange(match);
    }

    /** In the running transaction, whose tenant is the asking province. */
    @Transactional(TxType.MANDATORY)
    public void exchange(UUID match) {
        Sql sql = functions::rows;
        if (!MatchLedger.claimExchange(sql, match)) {
            return;
        }
        Proposal proposal = MatchLedger.proposal(sql, match).orElseThrow();
        HelpRequest request = MatchLedger.request(sql, proposal.requestId()).orElse(null);
        Map<String, Object> volunteer = MatchLedger.acceptedContact(sql, match).orElse(null);
        Map<String, Object> asker = request == null ? null : MatchLedger.asker(sql, request.id()).orElse(null);
        if (request == null || volunteer == null || asker == null) {
            return;
        }
        String association = tenants.nameOf(requestTenantOf(sql));
        MatchMail.Person volunteerPerson = new MatchMail.Person((String) volunteer.get("name"),
                (String) volunteer.get("email"), (String) volunteer.get("phone"), null);
        MatchMail.Person askerPerson = new MatchMail.Person((String) asker.get("name"), (String) asker.get("email"),
                (String) asker.get("phone"), request.organisationName());
        MatchMail.Text toVolunteer = MatchMail.accepted(request, volunteerPerson.name(), true, askerPerson,
                association);
        MatchLedger.mailVolunteer(sql, match, "MATCH_ACCEPTED", Outbox.DUTCH, toVolunteer.subject(), toVolunteer.html(),
                toVolunteer.text());
        if (askerPerson.email() != null) {
            MatchMail.Text toAsker = MatchMail.accepted(request, askerPerson.name(), false, volunteerPerson,
                    association);
            OutboxLedger.put(sql, requestTenantOf(sql), "MATCH_ACCEPTED", Outbox.DUTCH,
                    new OutgoingMail("MATCH_ACCEPTED " + match, askerPerson.email(), toAsker.subject(), toAsker.text(),
                            toAsker.html(), null, null));
        }
        if (request.isOpen()) {
            MatchLedger.setStatus(sql, request.id(), null, "MATCHED");
        }
    }

    private static String requestTenantOf(Sql sql) {
        return String.valueOf(sql.rows("select current_setting('app.tenant_id', true) as tenant").get(0).get("tenant"));
    }
}
