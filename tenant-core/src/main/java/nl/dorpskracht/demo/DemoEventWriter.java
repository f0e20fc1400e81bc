package nl.dorpskracht.demo;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.events.entity.EventShare;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.prize.entity.Nomination;
import nl.dorpskracht.prize.entity.NominationInput;
import nl.dorpskracht.prize.entity.PrizePhase;
import nl.dorpskracht.prize.entity.PrizeRound;
import nl.dorpskracht.platform.database.Datasources;

/** Seeding is system code, not a request: it names its tenant itself, like {@link DemoMembers}. */
@ApplicationScoped
@Transactional
public class DemoEventWriter {

    private static final List<NominationInput> INITIATIVES = List.of(
            new NominationInput("Buurtbus Oude Dorp", "Ouddorp", "Vrijwilligers rijden ouderen naar de huisarts."),
            new NominationInput("Moestuin bij de school", "Nieuw-Beijerland", "Kinderen en ouderen tuinieren samen."),
            new NominationInput("Dorpshuis op zonne-energie", "Goedereede", "Zonnepanelen betaald door het dorp."));

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    public void addMissing(DemoEvents.DemoEvent demo) {
        tenantWork.workIn(demo.tenant());
        boolean present = entityManager.createQuery("select count(e) from Event e where e.title = :title", Long.class)
                .setParameter("title", demo.title()).getSingleResult() > 0;
        if (present) {
            return;
        }
        LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(demo.inDays());
        EventInput input = new EventInput(demo.type().name(), demo.title(), demo.description(), demo.theme(),
                day.atTime(LocalTime.of(19, 30)).toString(), day.atTime(LocalTime.of(21, 30)).toString(),
                demo.location(), demo.onlineLink(), null, demo.capacity(), null, EventStatus.PUBLISHED.name());
        Event event = new Event(input.validate(), demo.sharedWith().contains("*"));
        entityManager.persist(event);
        entityManager.flush();
        demo.sharedWith().stream().filter(guest -> !guest.equals("*"))
                .forEach(guest -> entityManager.persist(new EventShare(event.id(), guest)));
        if (demo.type() == EventType.ALV) {
            openPrizeVote(event.id());
        }
    }

    /**
     * The Dorpskrachtprijs of the ALV, open for votes, with initiatives nominated by the first member organisations.
     */
    private void openPrizeVote(UUID eventId) {
        PrizeRound round = new PrizeRound(eventId, "Dorpskrachtprijs");
        entityManager.persist(round);
        entityManager.flush();
        List<UUID> nominators = entityManager
                .createQuery("select m.id from MemberOrganisation m where m.status = :active order by m.name",
                        UUID.class)
                .setParameter("active", MemberStatus.ACTIVE).setMaxResults(INITIATIVES.size()).getResultList();
        for (int i = 0; i < nominators.size(); i++) {
            entityManager.persist(new Nomination(eventId, nominators.get(i), INITIATIVES.get(i).validate(), null));
        }
        entityManager.flush();
        if (!nominators.isEmpty()) {
            round.moveTo(PrizePhase.VOTING);
        }
    }
}
