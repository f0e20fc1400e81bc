package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.matching.control.MatchMail;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.matching.control.Proposal;
import nl.dorpskracht.matching.control.Suggestion;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.newsletters.boundary.NewsletterDispatch;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * Double opt-in between a request and a volunteer. An admin or an ambassador of the request's province proposes a
 * volunteer from the suggestions; the volunteer gets a mail with a single-use link and says yes or no; only a yes gives
 * each side the other's details ({@link MatchExchange}). Nothing about the volunteer but a pseudonym, skills and where
 * is seen before that.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Matchmaking {

    public static final String AUDIT_TYPE = "VolunteerMatch";
    /** How long a proposal's link works. */
    public static final int VALID_DAYS = 14;
    public static final int MAX_SUGGESTIONS = 50;

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    HelpRequests requests;

    @Inject
    Volunteers volunteers;

    @Inject
    MatchExchange exchange;

    /** A proposal as the asking province sees it; the volunteer's details only once they accepted. */
    public record ProposalView(Proposal proposal, MatchMail.Person volunteer) {
    }

    public List<Suggestion> suggestions(UUID request, int limit) {
        HelpRequest found = requests.find(request);
        if (!found.isOpen()) {
            throw new ProblemException(ProblemCode.HELP_REQUEST_NOT_OPEN);
        }
        return MatchLedger.suggestions(sql(), request, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    /** Proposes the volunteer and mails them the link; the role recorded is the caller's here (admin or ambassador). */
    public Proposal propose(UUID request, String volunteerTenant, UUID volunteer) {
        HelpRequest found = requests.find(request);
        if (!found.isOpen()) {
            throw new ProblemException(ProblemCode.HELP_REQUEST_NOT_OPEN);
        }
        String home = volunteerTenant == null || volunteerTenant.isBlank() ? tenant.require() : volunteerTenant;
        if (volunteer == null || tenants.find(home).isEmpty()) {
            throw Volunteers.missing();
        }
        String pseudonym = MatchLedger.proposable(sql(), home, volunteer).orElseThrow(Volunteers::missing);
        if (MatchLedger.alreadyProposed(sql(), request, home, volunteer)) {
            throw new ProblemException(ProblemCode.MATCH_ALREADY_PROPOSED);
        }
        LinkSecrets.Token token = LinkSecrets.next();
        String role = tenant.isRegionScoped() ? "REGIONAL_AMBASSADOR" : "TENANT_ADMIN";
        UUID match = MatchLedger.propose(sql(), request, home, volunteer, pseudonym, caller.name(), role, token.hash(),
                VALID_DAYS);
        Proposal proposal = MatchLedger.proposal(sql(), match).orElseThrow();
        MatchMail.Text mail = MatchMail.proposal(found, tenants.nameOf(tenant.require()),
                link(tenant.require(), token.secret()), proposal.expiresAt());
        MatchLedger.mailVolunteer(sql(), match, "MATCH_PROPOSAL", Outbox.DUTCH, mail.subject(), mail.html(),
                mail.text());
        Map<String, Object[]> changes = new HashMap<>();
        changes.put("request", new Object[] { null, request });
        changes.put("volunteer", new Object[] { null, home + ":" + pseudonym });
        changes.put("proposedRole", new Object[] { null, role });
        audit.record("PROPOSE", AUDIT_TYPE, match, changes);
        return proposal;
    }

    public List<ProposalView> proposals(UUID request) {
        requests.find(request);
        return MatchLedger.proposals(sql(), request).stream().map(this::view).toList();
    }

    public ProposalView proposal(UUID match) {
        return MatchLedger.proposal(sql(), match).map(this::view)
                .orElseThrow(() -> new ProblemException(ProblemCode.MATCH_NOT_FOUND));
    }

    /** The proposals about the caller's own offer (a contact person who volunteers), from any province. */
    public List<Map<String, Object>> aboutMe() {
        return volunteers.mine().map(me -> MatchLedger.proposalsAbout(sql(), me.id())).orElse(List.of());
    }

    /**
     * The logged-in volunteer answers a proposal about them; a yes sends both sides' details in a transaction of the
     * asking province once this one committed ({@link MatchExchange#afterAnswer}).
     */
    public String answer(UUID match, boolean accept) {
        Volunteer me = volunteers.mine().orElseThrow(() -> new ProblemException(ProblemCode.MATCH_NOT_FOUND));
        String requestTenant = MatchLedger.proposalsAbout(sql(), me.id()).stream()
                .filter(row -> match.toString().equals(String.valueOf(row.get("id"))))
                .map(row -> String.valueOf(row.get("request_tenant"))).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemCode.MATCH_NOT_FOUND));
        String status = MatchLedger.answerAsVolunteer(sql(), requestTenant, match, me.id(), accept)
                .orElseThrow(() -> new ProblemException(ProblemCode.MATCH_ALREADY_ANSWERED));
        Map<String, Object[]> changes = new HashMap<>();
        changes.put("status", new Object[] { "PROPOSED", status });
        changes.put("requestTenant", new Object[] { null, requestTenant });
        audit.record("ANSWER", AUDIT_TYPE, match, changes);
        if ("ACCEPTED".equals(status)) {
            exchange.afterAnswer(requestTenant, match);
        }
        return status;
    }

    private ProposalView view(Proposal proposal) {
        MatchMail.Person person = "ACCEPTED".equals(proposal.status()) ? MatchLedger
                .acceptedContact(sql(), proposal.id()).map(row -> new MatchMail.Person((String) row.get("name"),
                        (String) row.get("email"), (String) row.get("phone"), null))
                .orElse(null) : null;
        return new ProposalView(proposal, person);
    }

    /** Where the volunteer answers: the asking province and the secret. */
    public static String link(String requestTenant, String secret) {
        return NewsletterDispatch.baseUrl() + "vraag-en-aanbod/antwoord/" + requestTenant + "/" + secret;
    }

    private Sql sql() {
        return functions::rows;
    }
}
