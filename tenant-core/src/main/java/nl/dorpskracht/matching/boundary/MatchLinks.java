package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.matching.control.Proposal;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The answer link in a proposal mail, without a login: the secret is the credential, looked up only in the province its
 * path names (row security). Looking changes nothing (mail scanners follow links); only a POST answers, once.
 */
@ApplicationScoped
@Transactional
public class MatchLinks {

    /** Who the audit log names as the actor of an answer by link. */
    public static final String ACTOR = "vrijwilligerslink";

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    @Inject
    MatchExchange exchange;

    /** What the page shows: the request (title, organisation, place, period), the association, and the status. */
    public record LinkState(String association, HelpRequest request, String status, boolean answeredNow) {
    }

    public LinkState look(String tenant, String secret) {
        Tenant association = association(tenant);
        String hash = LinkSecrets.lookup(secret).orElseThrow(MatchLinks::invalid);
        tenantWork.workIn(association.code());
        Proposal proposal = MatchLedger.proposalByToken(sql(), hash).orElseThrow(MatchLinks::invalid);
        return state(association, proposal, proposal.status(), false);
    }

    public LinkState answer(String tenant, String secret, boolean accept) {
        Tenant association = association(tenant);
        String hash = LinkSecrets.lookup(secret).orElseThrow(MatchLinks::invalid);
        tenantWork.workIn(association.code());
        MatchLedger.LinkAnswer answer = MatchLedger.answerByLink(sql(), hash, accept).orElseThrow(MatchLinks::invalid);
        if (answer.changed()) {
            Map<String, Object[]> changes = new HashMap<>();
            changes.put("status", new Object[] { "PROPOSED", answer.status() });
            audit.record(ACTOR, "ANSWER", Matchmaking.AUDIT_TYPE, answer.match(), changes);
            if ("ACCEPTED".equals(answer.status())) {
                exchange.exchange(answer.match());
            }
        }
        Proposal proposal = MatchLedger.proposal(sql(), answer.match()).orElseThrow(MatchLinks::invalid);
        return state(association, proposal, answer.status(), answer.changed());
    }

    private LinkState state(Tenant association, Proposal proposal, String status, boolean now) {
        HelpRequest request = MatchLedger.request(sql(), proposal.requestId()).orElseThrow(MatchLinks::invalid);
        return new LinkState(association.name(), request, status, now);
    }

    private Tenant association(String tenant) {
        return Optional.ofNullable(tenant).flatMap(tenants::find).orElseThrow(MatchLinks::invalid);
    }

    private static ProblemException invalid() {
        return new ProblemException(ProblemCode.MATCH_LINK_INVALID);
    }

    private Sql sql() {
        return functions::rows;
    }
}
