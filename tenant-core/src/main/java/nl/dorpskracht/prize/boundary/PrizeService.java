package nl.dorpskracht.prize.boundary;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.UniqueViolations;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.prize.control.NominationView;
import nl.dorpskracht.prize.control.OwnVote;
import nl.dorpskracht.prize.control.PrizeOverview;
import nl.dorpskracht.prize.control.PrizeQueries;
import nl.dorpskracht.prize.control.PrizeResults;
import nl.dorpskracht.prize.entity.Nomination;
import nl.dorpskracht.prize.entity.NominationDetails;
import nl.dorpskracht.prize.entity.NominationInput;
import nl.dorpskracht.prize.entity.PrizePhase;
import nl.dorpskracht.prize.entity.PrizeRound;
import nl.dorpskracht.prize.entity.PrizeVote;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The Dorpskrachtprijs of the request's tenant's ALV. Admins open a round and move it through its phases; contact
 * persons nominate and vote for their own organisation, one nomination and one vote per organisation. Everything is the
 * ALV's tenant's own: another tenant's ALV, even one shared with the caller's tenant, is not found.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PrizeService {

    public static final String AUDIT_TYPE = "PrizeRound";
    public static final String NOMINATION_AUDIT_TYPE = "PrizeNomination";
    public static final String ONE_VOTE_PER_MEMBER = "prize_vote_one_per_member";
    public static final String ONE_NOMINATION_PER_MEMBER = "prize_nomination_one_per_member";
    private static final String ROUND_KEY = "prize_round_pkey";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    PrizeQueries queries;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    /** Opens the prize round of one of the tenant's own ALVs, in the phase NOMINATING. */
    public PrizeOverview open(UUID eventId, String title) {
        requireAdmin();
        Event event = ownEvent(eventId, ProblemCode.EVENT_NOT_FOUND);
        if (event.details().type() != EventType.ALV) {
            throw new ProblemException(ProblemCode.NOT_AN_ALV);
        }
        if (entityManager.find(PrizeRound.class, eventId) != null) {
            throw new ProblemException(ProblemCode.PRIZE_EXISTS);
        }
        InputFields fields = new InputFields();
        String cleanTitle = fields.optional("title", title, 200);
        fields.throwIfInvalid();
        PrizeRound round = new PrizeRound(eventId, cleanTitle == null ? PrizeRound.DEFAULT_TITLE : cleanTitle);
        entityManager.persist(round);
        flush(ROUND_KEY, ProblemCode.PRIZE_EXISTS);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("title", new Object[] { null, round.title() });
        changes.put("phase", new Object[] { null, round.phase() });
        audit.record("CREATE", AUDIT_TYPE, eventId, changes);
        return overview(event, round);
    }

    /** Moves the round one phase forward: NOMINATING, VOTING, CLOSED, PUBLISHED; a stale version gets 409. */
    public PrizeOverview move(UUID eventId, Long expectedVersion, String phase) {
        requireAdmin();
        InputFields fields = new InputFields();
        PrizePhase next = fields.choice("phase", phase, PrizePhase.class, "required.prizePhase", "invalid.prizePhase");
        if (expectedVersion == null) {
            fields.fail("version", "required.version");
        }
        fields.throwIfInvalid();
        Event event = ownEvent(eventId, ProblemCode.PRIZE_NOT_FOUND);
        PrizeRound round = existingRound(eventId);
        if (expectedVersion != round.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        if (next == PrizePhase.VOTING && queries.nominations(entityManager, eventId).isEmpty()) {
            throw new ProblemException(ProblemCode.PRIZE_PHASE, "Er is nog niets genomineerd; stemmen kan nog niet.");
        }
        PrizePhase before = round.phase();
        round.moveTo(next);
        entityManager.flush();
        audit.record("UPDATE", AUDIT_TYPE, eventId, Map.of("phase", new Object[] { before, next }));
        return overview(event, round);
    }

    /** The round as the caller may see it; contact persons only for a published ALV. */
    public PrizeOverview round(UUID eventId) {
        Event event = visibleEvent(eventId);
        return overview(event, existingRound(eventId));
    }

    /** A contact person nominates an initiative for their own organisation, while the round is NOMINATING. */
    public NominationView nominate(UUID eventId, NominationInput input) {
        NominationDetails details = input.validate();
        ContactPerson contact = contacts.ofCaller();
        visibleEvent(eventId);
        return addNomination(existingRound(eventId), contact.organisationId(), details, contact.id());
    }

    /** An admin adds a nomination on behalf of one of the tenant's member organisations. */
    public NominationView nominateFor(UUID eventId, UUID memberId, NominationInput input) {
        requireAdmin();
        NominationDetails details = input.validate();
        ownEvent(eventId, ProblemCode.PRIZE_NOT_FOUND);
        PrizeRound round = existingRound(eventId);
        UUID member = members.find(memberId).id();
        return addNomination(round, member, details, null);
    }

    /** The caller's organisation votes, through the caller as its contact person: once per round, while VOTING. */
    public OwnVote vote(UUID eventId, UUID nominationId) {
        ContactPerson contact = contacts.ofCaller();
        visibleEvent(eventId);
        PrizeRound round = existingRound(eventId);
        round.requirePhase(PrizePhase.VOTING);
        Nomination nomination = queries.nomination(entityManager, eventId, nominationId)
                .orElseThrow(() -> new ProblemException(ProblemCode.NOMINATION_NOT_FOUND));
        UUID organisation = contact.organisationId();
        if (queries.voteOf(entityManager, eventId, organisation).isPresent()) {
            throw new ProblemException(ProblemCode.ALREADY_VOTED);
        }
        PrizeVote vote = new PrizeVote(eventId, organisation, nomination.id(), contact.id());
        entityManager.persist(vote);
        flush(ONE_VOTE_PER_MEMBER, ProblemCode.ALREADY_VOTED);
        // the audit log tells who voted when, never for what: admins read it
        audit.record("VOTE", AUDIT_TYPE, eventId, Map.of("member", new Object[] { null, organisation }));
        return new OwnVote(nomination.id(), vote.votedAt());
    }

    /** Votes per nomination: for admins at any time, for everyone else once the round is published. */
    public PrizeResults results(UUID eventId) {
        visibleEvent(eventId);
        PrizeRound round = existingRound(eventId);
        boolean admin = isAdmin();
        if (!admin && !round.phase().resultsArePublic()) {
            throw new ProblemException(ProblemCode.PRIZE_RESULTS_HIDDEN);
        }
        return results(round, admin);
    }

    /** The member organisations an admin can nominate for (for the admin page's choice list). */
    public Map<UUID, String> nominators() {
        requireAdmin();
        return queries.nominators(entityManager);
    }

    private PrizeResults results(PrizeRound round, boolean admin) {
        var tally = queries.tally(entityManager, round.eventId());
        long total = tally.stream().mapToLong(r -> r.votes()).sum();
        return new PrizeResults(round.eventId(), round.phase().name(), total, tally,
                admin ? queries.votedOrganisations(entityManager, round.eventId()) : null);
    }

    private NominationView addNomination(PrizeRound round, UUID memberId, NominationDetails details, UUID contactId) {
        round.requirePhase(PrizePhase.NOMINATING);
        if (queries.nominationOf(entityManager, round.eventId(), memberId).isPresent()) {
            throw new ProblemException(ProblemCode.ALREADY_NOMINATED);
        }
        Nomination nomination = new Nomination(round.eventId(), memberId, details, contactId);
        entityManager.persist(nomination);
        flush(ONE_NOMINATION_PER_MEMBER, ProblemCode.ALREADY_NOMINATED);
        Map<String, Object[]> changes = new LinkedHashMap<>(details.asCreated());
        changes.put("member", new Object[] { null, memberId });
        changes.put("round", new Object[] { null, round.eventId() });
        audit.record("CREATE", NOMINATION_AUDIT_TYPE, nomination.id(), changes);
        return queries.views(entityManager, List.of(nomination)).get(0);
    }

    private PrizeOverview overview(Event event, PrizeRound round) {
        boolean admin = isAdmin();
        List<NominationView> nominations = queries.views(entityManager,
                queries.nominations(entityManager, round.eventId()));
        Boolean voted = null;
        OwnVote ownVote = null;
        UUID ownNomination = null;
        if (!admin) {
            UUID organisation = contacts.ofCaller().organisationId();
            ownVote = queries.voteOf(entityManager, round.eventId(), organisation)
                    .map(v -> new OwnVote(v.nominationId(), v.votedAt())).orElse(null);
            voted = ownVote != null;
            ownNomination = queries.nominationOf(entityManager, round.eventId(), organisation).map(Nomination::id)
                    .orElse(null);
        }
        PrizeResults results = admin || round.phase().resultsArePublic() ? results(round, admin) : null;
        return new PrizeOverview(round.eventId(), event.details().title(), round.title(), round.phase().name(),
                round.version(), round.openedAt(), round.votingAt(), round.closedAt(), round.publishedAt(), nominations,
                voted, ownVote, ownNomination, results);
    }

    /** The tenant's own event; a contact person sees it only once published. Another tenant's is never found. */
    private Event visibleEvent(UUID eventId) {
        Event event = ownEvent(eventId, ProblemCode.PRIZE_NOT_FOUND);
        if (!isAdmin() && event.status() != EventStatus.PUBLISHED) {
            throw new ProblemException(ProblemCode.PRIZE_NOT_FOUND);
        }
        return event;
    }

    private Event ownEvent(UUID eventId, ProblemCode notFound) {
        Event event = eventId == null ? null : entityManager.find(Event.class, eventId);
        if (event == null) {
            throw new ProblemException(notFound);
        }
        return event;
    }

    private PrizeRound existingRound(UUID eventId) {
        PrizeRound round = entityManager.find(PrizeRound.class, eventId);
        if (round == null) {
            throw new ProblemException(ProblemCode.PRIZE_NOT_FOUND);
        }
        return round;
    }

    /** Writes now; a unique key won by a concurrent request becomes the same refusal as the check before it. */
    private void flush(String constraint, ProblemCode lostRace) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.constraintOf(e).filter(constraint::equals).isPresent()) {
                throw new ProblemException(lostRace);
            }
            throw e;
        }
    }

    private boolean isAdmin() {
        return caller.holds(tenant.require(), Role.TENANT_ADMIN);
    }

    private void requireAdmin() {
        if (!isAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
