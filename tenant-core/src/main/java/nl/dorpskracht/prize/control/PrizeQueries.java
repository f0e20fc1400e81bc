package nl.dorpskracht.prize.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.prize.entity.Nomination;
import nl.dorpskracht.prize.entity.PrizeVote;

/** Reads a round's nominations and votes inside the caller's transaction. */
@ApplicationScoped
public class PrizeQueries {

    private static final int NOMINATORS_MAX = 5000;

    public List<Nomination> nominations(EntityManager entityManager, UUID eventId) {
        return entityManager
                .createQuery("select n from Nomination n where n.eventId = :event order by n.createdAt, n.id",
                        Nomination.class)
                .setParameter("event", eventId).getResultList();
    }

    public Optional<Nomination> nomination(EntityManager entityManager, UUID eventId, UUID id) {
        Nomination nomination = id == null ? null : entityManager.find(Nomination.class, id);
        return Optional.ofNullable(nomination).filter(n -> n.eventId().equals(eventId));
    }

    public Optional<Nomination> nominationOf(EntityManager entityManager, UUID eventId, UUID memberId) {
        return entityManager
                .createQuery("select n from Nomination n where n.eventId = :event and n.memberId = :member",
                        Nomination.class)
                .setParameter("event", eventId).setParameter("member", memberId).getResultStream().findFirst();
    }

    public Optional<PrizeVote> voteOf(EntityManager entityManager, UUID eventId, UUID memberId) {
        return Optional.ofNullable(entityManager.find(PrizeVote.class, new PrizeVote.Key(eventId, memberId)));
    }

    /** The names of organisations by id; an organisation the caller may not see is simply absent. */
    public Map<UUID, String> organisationNames(EntityManager entityManager, List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select m from MemberOrganisation m where m.id in :ids", MemberOrganisation.class)
                    .setParameter("ids", ids.stream().distinct().toList()).getResultStream()
                    .forEach(m -> names.put(m.id(), m.name()));
        }
        return names;
    }

    public List<NominationView> views(EntityManager entityManager, List<Nomination> nominations) {
        Map<UUID, String> names = organisationNames(entityManager,
                nominations.stream().map(Nomination::memberId).toList());
        return nominations.stream().map(n -> new NominationView(n.id(), n.details().initiative(), n.details().village(),
                n.details().description(), names.get(n.memberId()), n.createdAt())).toList();
    }

    /** Votes per nomination of the round, most first; nominations without votes count 0. */
    public List<NominationResult> tally(EntityManager entityManager, UUID eventId) {
        Map<UUID, Long> votes = new HashMap<>();
        entityManager
                .createQuery("select v.nominationId, count(v) from PrizeVote v where v.eventId = :event"
                        + " group by v.nominationId", Object[].class)
                .setParameter("event", eventId).getResultStream()
                .forEach(row -> votes.put((UUID) row[0], ((Number) row[1]).longValue()));
        return views(entityManager, nominations(entityManager, eventId)).stream()
                .map(n -> new NominationResult(n.id(), n.initiative(), n.village(), n.nominatedBy(),
                        votes.getOrDefault(n.id(), 0L)))
                .sorted(Comparator.comparingLong(NominationResult::votes).reversed()
                        .thenComparing(NominationResult::initiative))
                .toList();
    }

    /** The member organisations that can be nominated for, by name: all but the archived ones. */
    public Map<UUID, String> nominators(EntityManager entityManager) {
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        entityManager
                .createQuery("select m from MemberOrganisation m where m.status <> :archived order by m.name, m.id",
                        MemberOrganisation.class)
                .setParameter("archived", MemberStatus.ARCHIVED).setMaxResults(NOMINATORS_MAX).getResultStream()
                .forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    /** Which organisations voted, by name; never what they voted for. */
    public List<String> votedOrganisations(EntityManager entityManager, UUID eventId) {
        List<UUID> members = entityManager
                .createQuery("select v.memberId from PrizeVote v where v.eventId = :event", UUID.class)
                .setParameter("event", eventId).getResultList();
        return organisationNames(entityManager, members).values().stream().sorted().toList();
    }
}
