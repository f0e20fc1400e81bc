package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.events.entity.EventShare;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** Seeding is system code, not a request: it names its tenant itself, like {@link DemoMembers}. */
@ApplicationScoped
@Transactional
public class DemoEventWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public void addMissing(DemoEvents.DemoEvent demo) {
        entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
        entityManager.setProperty(TenantOwned.TENANT_PROPERTY, demo.tenant());
        boolean present = entityManager.createQuery("select count(e) from Event e where e.title = :title", Long.class)
                .setParameter("title", demo.title()).getSingleResult() > 0;
        if (present) {
            return;
        }
        LocalDate day = LocalDate.now(EventInput.DUTCH_TIME).plusDays(demo.inDays());
        EventInput input = new EventInput(demo.type().name(), demo.title(), demo.description(), demo.theme(),
                day.atTime(LocalTime.of(19, 30)).toString(), day.atTime(LocalTime.of(21, 30)).toString(),
                demo.location(), demo.onlineLink(), null, demo.capacity(), null, EventStatus.PUBLISHED.name());
        Event event = new Event(input.validate(), demo.sharedWith().contains("*"));
        entityManager.persist(event);
        entityManager.flush();
        demo.sharedWith().stream().filter(guest -> !guest.equals("*"))
                .forEach(guest -> entityManager.persist(new EventShare(event.id(), guest)));
    }
}
