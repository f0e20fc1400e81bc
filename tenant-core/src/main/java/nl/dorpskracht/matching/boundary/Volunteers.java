package nl.dorpskracht.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.matching.control.MatchLedger;
import nl.dorpskracht.matching.control.Skill;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.matching.control.VolunteerInput;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.control.ContactErased;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The volunteers of the request's province: the people its admin registers (with their consent) and the contact persons
 * who offer help themselves ({@code mine}). An ambassador reads those of their regions only (row security), never their
 * contact details.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Volunteers {

    public static final String AUDIT_TYPE = "Volunteer";

    @Inject
    TransactionFunctions functions;

    @Inject
    ContactService contacts;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public List<Skill> skills() {
        return MatchLedger.skills(sql());
    }

    public List<Volunteer> list(String skill, boolean activeOnly, int page, int size) {
        int bounded = Math.max(1, Math.min(size, MatchLedger.MAX_PAGE));
        return MatchLedger.volunteers(sql(), skill, activeOnly, bounded, Math.max(page, 0) * bounded);
    }

    public Volunteer find(UUID id) {
        return MatchLedger.volunteer(sql(), id).orElseThrow(Volunteers::missing);
    }

    /** A person the province registers, with their consent (the admin ticks that it was given). */
    public Volunteer register(VolunteerInput input) {
        VolunteerInput.Offer offer = checked(input, true);
        UUID id = MatchLedger.createVolunteer(sql(), null, offer, caller.name());
        MatchLedger.storeContact(sql(), id, offer.name(), offer.email(), offer.phone());
        audit.record("CREATE", AUDIT_TYPE, id, changes(null, offer));
        return find(id);
    }

    public Volunteer update(UUID id, long version, VolunteerInput input) {
        Volunteer before = find(id);
        VolunteerInput.Offer offer = checked(input, before.contactId() == null);
        MatchLedger.updateVolunteer(sql(), id, version, offer)
                .orElseThrow(() -> new ProblemException(ProblemCode.VERSION_CONFLICT));
        if (before.contactId() == null) {
            MatchLedger.storeContact(sql(), id, offer.name(), offer.email(), offer.phone());
        }
        audit.record("UPDATE", AUDIT_TYPE, id, changes(before, offer));
        return find(id);
    }

    public void delete(UUID id) {
        if (!MatchLedger.deleteVolunteer(sql(), id)) {
            throw missing();
        }
        audit.record("DELETE", AUDIT_TYPE, id, Map.of());
    }

    // --- the contact person's own offer

    public Optional<Volunteer> mine() {
        return MatchLedger.volunteerOfContact(sql(), contacts.ofCaller().id());
    }

    /** Writes the caller's own offer (first time or again); their name, e-mail and phone are their contact record's. */
    public Volunteer saveMine(VolunteerInput input) {
        ContactPerson me = contacts.ofCaller();
        VolunteerInput.Offer offer = checked(input, false);
        if (me.email() == null) {
            throw ProblemException
                    .invalid(List.of(nl.dorpskracht.platform.problem.FieldError.field("email", "required.email")));
        }
        Optional<Volunteer> existing = MatchLedger.volunteerOfContact(sql(), me.id());
        UUID id;
        if (existing.isEmpty()) {
            id = MatchLedger.createVolunteer(sql(), me.id(), offer, caller.name());
            audit.record("CREATE", AUDIT_TYPE, id, changes(null, offer));
        } else {
            id = existing.get().id();
            long version = input.version() == null ? existing.get().version() : input.version();
            MatchLedger.updateVolunteer(sql(), id, version, offer)
                    .orElseThrow(() -> new ProblemException(ProblemCode.VERSION_CONFLICT));
            audit.record("UPDATE", AUDIT_TYPE, id, changes(existing.get(), offer));
        }
        MatchLedger.storeContact(sql(), id, me.name(), me.email(), me.phone());
        return find(id);
    }

    public void deleteMine() {
        Volunteer mine = mine().orElseThrow(Volunteers::missing);
        MatchLedger.deleteVolunteer(sql(), mine.id());
        audit.record("DELETE", AUDIT_TYPE, mine.id(), Map.of());
    }

    /** An erased contact person stops being a volunteer, in the erasure's transaction. */
    @Transactional(TxType.MANDATORY)
    public void forgetContact(@Observes ContactErased erased) {
        MatchLedger.forgetContact(sql(), erased.contactId());
    }

    private VolunteerInput.Offer checked(VolunteerInput input, boolean withPerson) {
        if (input == null) {
            throw new ProblemException(ProblemCode.INVALID_JSON);
        }
        VolunteerInput.Offer offer = input.validate(withPerson);
        if (!MatchLedger.unknownSkills(sql(), offer.skills()).isEmpty()) {
            throw new ProblemException(ProblemCode.SKILL_NOT_FOUND);
        }
        return offer;
    }

    /** What the audit log keeps: the offer's fields, never the person's name or address. */
    private static Map<String, Object[]> changes(Volunteer before, VolunteerInput.Offer after) {
        Map<String, Object[]> changes = new HashMap<>();
        changes.put("skills", new Object[] { before == null ? null : String.join(",", before.skills()),
                String.join(",", after.skills()) });
        changes.put("region", new Object[] { before == null ? null : before.region(), after.region() });
        changes.put("findableNationally",
                new Object[] { before == null ? null : before.findableNationally(), after.findableNationally() });
        changes.put("active", new Object[] { before == null ? null : before.active(), after.active() });
        return changes;
    }

    static ProblemException missing() {
        return new ProblemException(ProblemCode.VOLUNTEER_NOT_FOUND);
    }

    private Sql sql() {
        return functions::rows;
    }
}
