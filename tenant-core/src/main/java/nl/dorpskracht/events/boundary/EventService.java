package nl.dorpskracht.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventCancelled;
import nl.dorpskracht.events.control.Sharing;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.events.entity.EventShare;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.SharedEvent;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** The agenda of the request's tenant: its own events, and the events other tenants shared with it. */
@ApplicationScoped
@Transactional
@TenantBound
public class EventService {

    private static final String AUDIT_TYPE = "Event";
    private static final int AGENDA_MAX = 500;

    /** Which part of the agenda: the tenant's own events, those shared by others ("Landelijk"), or both. */
    public enum Scope {
        LOCAL, NATIONAL, ALL
    }

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    RegistrationService registrations;

    @Inject
    jakarta.enterprise.event.Event<EventCancelled> cancellations;

    public List<AgendaItem> agenda(Scope scope, OffsetDateTime from, boolean publishedOnly) {
        List<AgendaItem> items = new ArrayList<>();
        if (scope != Scope.NATIONAL) {
            jakarta.persistence.TypedQuery<Event> query = entityManager.createQuery(
                    "select e from Event e where e.endsAt >= :from"
                            + (publishedOnly ? " and e.status = :published" : "") + " order by e.startsAt, e.id",
                    Event.class).setParameter("from", from).setMaxResults(AGENDA_MAX);
            if (publishedOnly) {
                query.setParameter("published", EventStatus.PUBLISHED);
            }
            List<Event> own = query.getResultList();
            Map<UUID, List<String>> shares = sharesOf(own.stream().map(Event::id).toList());
            own.forEach(event -> items.add(ownItem(event, shares.getOrDefault(event.id(), List.of()))));
        }
        if (scope != Scope.LOCAL) {
            entityManager
                    .createQuery("select s from SharedEvent s where s.endsAt >= :from order by s.startsAt, s.id",
                            SharedEvent.class)
                    .setParameter("from", from).setMaxResults(AGENDA_MAX).getResultStream()
                    .forEach(shared -> items.add(sharedItem(shared)));
        }
        items.sort(Comparator.comparing((AgendaItem item) -> item.details().startsAt()).thenComparing(AgendaItem::id));
        return items.size() > AGENDA_MAX ? items.subList(0, AGENDA_MAX) : items;
    }

    /** One event of the agenda: the tenant's own, or one shared with it; anything else is not found. */
    public AgendaItem find(UUID id, boolean publishedOnly) {
        Event own = id == null ? null : entityManager.find(Event.class, id);
        if (own != null && (!publishedOnly || own.status() == EventStatus.PUBLISHED)) {
            return ownItem(own, sharesOf(List.of(id)).getOrDefault(id, List.of()));
        }
        if (own == null && id != null) {
            List<SharedEvent> shared = entityManager
                    .createQuery("select s from SharedEvent s where s.id = :id", SharedEvent.class)
                    .setParameter("id", id).getResultList();
            if (!shared.isEmpty()) {
                return sharedItem(shared.get(0));
            }
        }
        throw new ProblemException(ProblemCode.EVENT_NOT_FOUND);
    }

    public AgendaItem create(EventInput input, Boolean withAll, List<String> sharedWith) {
        EventDetails details = input.validate();
        Sharing sharing = sharing(withAll, sharedWith);
        Event event = new Event(details, sharing.withAll());
        entityManager.persist(event);
        entityManager.flush();
        sharing.tenants().forEach(guest -> entityManager.persist(new EventShare(event.id(), guest)));
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        details.fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        changes.put("sharedWith", new Object[] { null, describe(sharing) });
        audit.record("CREATE", AUDIT_TYPE, event.id(), changes);
        return ownItem(event, sharing.tenants());
    }

    public AgendaItem update(UUID id, Long expectedVersion, EventInput input, Boolean withAll,
            List<String> sharedWith) {
        EventDetails details = input.validate();
        Sharing sharing = sharing(withAll, sharedWith);
        Event event = own(id);
        if (expectedVersion == null || expectedVersion != event.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        boolean cancelsNow = event.status() != EventStatus.CANCELLED && details.status() == EventStatus.CANCELLED;
        List<String> before = sharesOf(List.of(id)).getOrDefault(id, List.of());
        Map<String, Object[]> changes = new LinkedHashMap<>(event.describe(details, sharing.withAll()));
        if (!before.equals(sharing.tenants())) {
            entityManager.createQuery("delete from EventShare s where s.eventId = :event").setParameter("event", id)
                    .executeUpdate();
            sharing.tenants().forEach(guest -> entityManager.persist(new EventShare(id, guest)));
            event.touch();
            changes.put("sharedWith", new Object[] { String.join(",", before), String.join(",", sharing.tenants()) });
        }
        entityManager.flush();
        if (!changes.isEmpty()) {
            audit.record("UPDATE", AUDIT_TYPE, id, changes);
            registrations.fillFreedPlaces(id);
        }
        AgendaItem updated = ownItem(event, sharing.tenants());
        if (cancelsNow) {
            cancellations.fire(new EventCancelled(updated));
        }
        return updated;
    }

    private Event own(UUID id) {
        Event event = id == null ? null : entityManager.find(Event.class, id);
        if (event == null) {
            throw new ProblemException(ProblemCode.EVENT_NOT_FOUND);
        }
        return event;
    }

    private Sharing sharing(Boolean withAll, List<String> sharedWith) {
        return Sharing.of(withAll, sharedWith, tenant.require(), code -> registry.find(code).isPresent());
    }

    private Map<UUID, List<String>> sharesOf(List<UUID> events) {
        Map<UUID, List<String>> shares = new HashMap<>();
        if (events.isEmpty()) {
            return shares;
        }
        entityManager
                .createQuery("select s from EventShare s where s.eventId in :events order by s.guestTenant",
                        EventShare.class)
                .setParameter("events", events).getResultStream()
                .forEach(s -> shares.computeIfAbsent(s.eventId(), id -> new ArrayList<>()).add(s.guestTenant()));
        return shares;
    }

    private AgendaItem ownItem(Event event, List<String> sharedWith) {
        return new AgendaItem(event.id(), tenant.require(), true, event.details(), event.version(),
                event.sharedWithAll(), List.copyOf(sharedWith));
    }

    private static AgendaItem sharedItem(SharedEvent shared) {
        return new AgendaItem(shared.id(), shared.hostTenant(), false, shared.details(), null, null, null);
    }

    private static String describe(Sharing sharing) {
        return sharing.withAll() ? "*" : String.join(",", sharing.tenants());
    }
}
