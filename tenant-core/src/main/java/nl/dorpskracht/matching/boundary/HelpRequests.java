package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.HelpRequestInput;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The requests for help of the request's province: its admin sees and writes all of them, an ambassador those of their
 * regions (row security), a contact person those of their own organisation ({@code ofMyOrganisation}, {@code ask}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class HelpRequests {

    public static final String AUDIT_TYPE = "HelpRequest";
    private static final Set<String> STATUSES = Set.of("OPEN", "MATCHED", "CLOSED");

    @Inject
    TransactionFunctions functions;

    @Inject
    ContactService contacts;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public List<HelpRequest> list(String status, int page, int size) {
        int bounded = Math.max(1, Math.min(size, MatchLedger.MAX_PAGE));
        return MatchLedger.requests(sql(), status(status, false), null, bounded, Math.max(page, 0) * bounded);
    }

    public HelpRequest find(UUID id) {
        return MatchLedger.request(sql(), id).orElseThrow(HelpRequests::missing);
    }

    /** An admin posts a request for one of its members. */
    public HelpRequest create(HelpRequestInput input) {
        HelpRequestInput.Request request = checked(input, true);
        return create(request, null);
    }

    public HelpRequest update(UUID id, long version, HelpRequestInput input) {
        HelpRequest before = find(id);
        HelpRequestInput.Request request = checked(input, false);
        MatchLedger.updateRequest(sql(), id, version, request)
                .orElseThrow(() -> new ProblemException(ProblemCode.VERSION_CONFLICT));
        audit.record("UPDATE", AUDIT_TYPE, id, changes(before, request));
        return find(id);
    }

    public HelpRequest changeStatus(UUID id, String status, Long version) {
        HelpRequest before = find(id);
        String next = status(status, true);
        MatchLedger.setStatus(sql(), id, version, next)
                .orElseThrow(() -> new ProblemException(ProblemCode.VERSION_CONFLICT));
        Map<String, Object[]> changes = new HashMap<>();
        changes.put("status", new Object[] { before.status(), next });
        audit.record("STATUS", AUDIT_TYPE, id, changes);
        return find(id);
    }

    // --- the contact person's own organisation

    public List<HelpRequest> ofMyOrganisation() {
        return MatchLedger.requests(sql(), null, contacts.ofCaller().organisationId(), MatchLedger.MAX_PAGE, 0);
    }

    /** A request of the caller's own organisation; another organisation's is not found. */
    public HelpRequest mine(UUID id) {
        HelpRequest request = find(id);
        if (!request.memberId().equals(contacts.ofCaller().organisationId())) {
            throw missing();
        }
        return request;
    }

    public HelpRequest ask(HelpRequestInput input) {
        ContactPerson me = contacts.ofCaller();
        HelpRequestInput.Request checked = checked(input, false);
        HelpRequestInput.Request request = new HelpRequestInput.Request(me.organisationId(), checked.title(),
                checked.description(), checked.skills(), checked.place(), checked.municipality(), checked.periodFrom(),
                checked.periodTo());
        return create(request, me.id());
    }

    public HelpRequest closeMine(UUID id) {
        mine(id);
        return changeStatus(id, "CLOSED", null);
    }

    private HelpRequest create(HelpRequestInput.Request request, UUID contact) {
        Map<String, Object> member = MatchLedger.member(sql(), request.memberId())
                .orElseThrow(() -> new ProblemException(ProblemCode.MEMBER_NOT_FOUND));
        String municipality = request.municipality() != null ? request.municipality()
                : (String) member.get("municipality");
        HelpRequestInput.Request complete = new HelpRequestInput.Request(request.memberId(), request.title(),
                request.description(), request.skills(), request.place(), municipality, request.periodFrom(),
                request.periodTo());
        UUID id = MatchLedger.createRequest(sql(), complete, (String) member.get("name"), (String) member.get("region"),
                contact, caller.name());
        audit.record("CREATE", AUDIT_TYPE, id, changes(null, complete));
        return find(id);
    }

    private HelpRequestInput.Request checked(HelpRequestInput input, boolean memberRequired) {
        if (input == null) {
            throw new ProblemException(ProblemCode.INVALID_JSON);
        }
        HelpRequestInput.Request request = input.validate(memberRequired);
        if (!MatchLedger.unknownSkills(sql(), request.skills()).isEmpty()) {
            throw new ProblemException(ProblemCode.SKILL_NOT_FOUND);
        }
        return request;
    }

    private static String status(String status, boolean required) {
        if (status == null || status.isBlank()) {
            if (required) {
                throw ProblemException
                        .invalid(List.of(nl.dorpskracht.platform.problem.FieldError.field("status", "invalid.value")));
            }
            return null;
        }
        String value = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(value)) {
            throw ProblemException
                    .invalid(List.of(nl.dorpskracht.platform.problem.FieldError.field("status", "invalid.value")));
        }
        return value;
    }

    private static Map<String, Object[]> changes(HelpRequest before, HelpRequestInput.Request after) {
        Map<String, Object[]> changes = new HashMap<>();
        changes.put("title", new Object[] { before == null ? null : before.title(), after.title() });
        changes.put("skills", new Object[] { before == null ? null : String.join(",", before.skills()),
                String.join(",", after.skills()) });
        changes.put("periodFrom", new Object[] { before == null ? null : before.periodFrom(), after.periodFrom() });
        changes.put("periodTo", new Object[] { before == null ? null : before.periodTo(), after.periodTo() });
        return changes;
    }

    static ProblemException missing() {
        return new ProblemException(ProblemCode.HELP_REQUEST_NOT_FOUND);
    }

    private Sql sql() {
        return functions::rows;
    }
}
