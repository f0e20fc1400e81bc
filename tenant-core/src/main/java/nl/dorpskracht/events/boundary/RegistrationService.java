package nl.dorpskracht.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventAttendance;
import nl.dorpskracht.events.control.EventPlaces;
import nl.dorpskracht.events.control.EventPlaces.Outcome;
import nl.dorpskracht.events.control.EventPlaces.OutcomeMails;
import nl.dorpskracht.events.control.EventPlaces.Placed;
import nl.dorpskracht.events.control.RegistrationChanged;
import nl.dorpskracht.events.control.RegistrationChanged.Change;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventAttendee;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.events.entity.Registrant;
import nl.dorpskracht.events.notification.RegistrationMails;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.events.entity.Registration.RegisteredBy;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.ContactErased;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * Registrations of the request's tenant's contact persons, for its own events and those shared with it, and the
 * attendance of its own events as the host sees it. Places across provinces are decided by {@link EventPlaces}.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RegistrationService {

    private static final String AUDIT_TYPE = "Registration";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    EventService events;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    EventPlaces places;

    @Inject
    AuditLog audit;

    @Inject
    RegistrationMails registrationMails;

    @Inject
    TenantContext tenant;

    @Inject
    jakarta.enterprise.event.Event<RegistrationChanged> changes;

    /** The caller registers themselves; for another tenant's event only with consent to share their details. */
    public RegistrationItem registerSelf(UUID eventId, boolean consentToShare) {
        return register(eventId, contacts.ofCaller(), RegisteredBy.SELF, consentToShare);
    }

    /** An admin registers one of the province's contact persons, who must have agreed to share for others' events. */
    public RegistrationItem registerContact(UUID eventId, UUID contactId) {
        ContactPerson contact = contactId == null ? null : entityManager.find(ContactPerson.class, contactId);
        if (contact == null || contact.isErased()) {
            throw new ProblemException(ProblemCode.CONTACT_NOT_FOUND);
        }
        return register(eventId, contact, RegisteredBy.ADMIN, contact.sharingConsentOn() != null);
    }

    /** The contact person cancels one of their own registrations. */
    public RegistrationItem cancelOwn(UUID registrationId) {
        ContactPerson self = contacts.ofCaller();
        Registration registration = find(registrationId);
        if (!registration.contactId().equals(self.id())) {
            throw new ProblemException(ProblemCode.REGISTRATION_NOT_FOUND);
        }
        return cancel(registration);
    }

    /** An admin cancels a registration of one of the province's contact persons. */
    public RegistrationItem cancel(UUID registrationId) {
        return cancel(find(registrationId));
    }

    /** The caller's own registrations, newest first. */
    public List<RegistrationItem> mine() {
        UUID self = contacts.ofCaller().id();
        return items(entityManager
                .createQuery("select r from Registration r where r.contactId = :contact"
                        + " order by r.registeredAt desc, r.id", Registration.class)
                .setParameter("contact", self).getResultList());
    }

    /** Where the province's people registered, at home or with other tenants; newest first. */
    public List<RegistrationItem> ofProvince(int limit) {
        return items(entityManager
                .createQuery("select r from Registration r order by r.registeredAt desc, r.id", Registration.class)
                .setMaxResults(limit).getResultList());
    }

    /** The province's own people registered for an event of another tenant. */
    public List<RegistrationItem> ownPeopleAt(UUID eventId) {
        AgendaItem event = events.find(eventId, false);
        return items(entityManager
                .createQuery("select r from Registration r where r.hostTenant = :host and r.eventId = :event"
                        + " order by r.queueOrder", Registration.class)
                .setParameter("host", event.hostTenant()).setParameter("event", eventId).getResultList());
    }

    /** Everyone registered for one of the tenant's own events, from every province, in order of registration. */
    public EventAttendance attendance(UUID eventId) {
        AgendaItem event = events.find(eventId, false);
        if (!event.own()) {
            throw new ProblemException(ProblemCode.EVENT_NOT_FOUND);
        }
        List<EventAttendee> attendees = entityManager
                .createQuery("select a from EventAttendee a where a.eventId = :event order by a.status, a.queueOrder",
                        EventAttendee.class)
                .setParameter("event", eventId).getResultList();
        return new EventAttendance(event, places.occupancy(ref(event), null), attendees);
    }

    /** The places of an event of the agenda (own or shared): capacity, taken, waiting. */
    public EventPlaces.Occupancy places(UUID eventId) {
        return places.occupancy(ref(events.find(eventId, false)), null);
    }

    /** Erasure of a contact person reaches their registrations: the counts stay, the person goes. */
    public void forgetContact(@Observes ContactErased erased) {
        entityManager.createQuery("select r from Registration r where r.contactId = :contact", Registration.class)
                .setParameter("contact", erased.contactId()).getResultStream().forEach(Registration::forgetPerson);
        entityManager.flush();
    }

    /** After the host raised the capacity of its event (or removed it): the waitlist moves up. */
    public void fillFreedPlaces(UUID eventId) {
        promote(new EventRef(tenant.require(), eventId));
    }

    private RegistrationItem register(UUID eventId, ContactPerson contact, RegisteredBy by, boolean consent) {
        AgendaItem event = events.find(eventId, by == RegisteredBy.SELF);
        EventRef ref = ref(event);
        boolean leavesProvince = !event.own();
        if (leavesProvince && !consent) {
            throw new ProblemException(by == RegisteredBy.SELF ? ProblemCode.SHARING_CONSENT_REQUIRED
                    : ProblemCode.CONTACT_WITHOUT_SHARING_CONSENT);
        }
        if (activeRegistration(ref, contact.id()).isPresent()) {
            throw new ProblemException(ProblemCode.ALREADY_REGISTERED);
        }
        Registration registration = new Registration(ref, registrant(contact), RegistrationStatus.WAITLISTED, by,
                leavesProvince);
        // Everything but the place is prepared here, for either outcome; the place is decided by the one statement
        // that writes it all, as late as possible: from there until the commit the event's places are locked.
        AuditLog.Prepared confirmed = audit.prepare(registered(event, contact, RegistrationStatus.CONFIRMED));
        AuditLog.Prepared waitlisted = audit.prepare(registered(event, contact, RegistrationStatus.WAITLISTED));
        Optional<OutcomeMails> mails = registrationMails.prepare(registration, event);
        Placed placed = places.register(registration, confirmed, waitlisted, mails);
        if (placed.outcome() == Outcome.NOT_FOUND || placed.outcome() == Outcome.CLOSED) {
            throw new ProblemException(ProblemCode.REGISTRATION_CLOSED);
        }
        registration.placed(RegistrationStatus.valueOf(placed.outcome().name()), placed.queueOrder());
        return new RegistrationItem(registration, event, placed.waitlistPosition());
    }

    private static Map<String, Object[]> registered(AgendaItem event, ContactPerson contact,
            RegistrationStatus status) {
        Map<String, Object[]> recorded = new LinkedHashMap<>();
        recorded.put("event", new Object[] { null, event.details().title() });
        recorded.put("host", new Object[] { null, event.hostTenant() });
        recorded.put("contact", new Object[] { null, contact.id() });
        recorded.put("status", new Object[] { null, status });
        return recorded;
    }

    private RegistrationItem cancel(Registration registration) {
        if (!registration.isActive()) {
            return item(registration, visibleEvent(registration.eventId()).orElse(null));
        }
        boolean hadPlace = registration.status() == RegistrationStatus.CONFIRMED;
        RegistrationStatus before = registration.status();
        registration.cancel();
        entityManager.flush();
        audit.record("CANCEL", AUDIT_TYPE, registration.id(),
                Map.of("status", new Object[] { before, RegistrationStatus.CANCELLED }));
        changes.fire(new RegistrationChanged(tenant.require(), registration.id(), Change.CANCELLED));
        if (hadPlace) {
            promote(registration.event());
        }
        return item(registration, visibleEvent(registration.eventId()).orElse(null));
    }

    private void promote(EventRef event) {
        places.promoteFromWaitlist(event).forEach(promotion -> changes
                .fire(new RegistrationChanged(promotion.tenant(), promotion.registrationId(), Change.PROMOTED)));
    }

    private Optional<Registration> activeRegistration(EventRef event, UUID contactId) {
        return entityManager
                .createQuery("select r from Registration r where r.hostTenant = :host and r.eventId = :event"
                        + " and r.contactId = :contact and r.status <> :cancelled", Registration.class)
                .setParameter("host", event.hostTenant()).setParameter("event", event.id())
                .setParameter("contact", contactId).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultStream().findFirst();
    }

    private Registration find(UUID id) {
        Registration registration = id == null ? null : entityManager.find(Registration.class, id);
        if (registration == null) {
            throw new ProblemException(ProblemCode.REGISTRATION_NOT_FOUND);
        }
        return registration;
    }

    private Registrant registrant(ContactPerson contact) {
        String organisation = members.find(contact.organisationId()).name();
        return new Registrant(contact.id(), contact.organisationId(), contact.name(), contact.email(), organisation,
                contact.sharingConsentOn() != null);
    }

    private List<RegistrationItem> items(List<Registration> registrations) {
        Map<UUID, Optional<AgendaItem>> seen = new HashMap<>();
        return registrations.stream().map(registration -> item(registration,
                seen.computeIfAbsent(registration.eventId(), this::visibleEvent).orElse(null))).toList();
    }

    private RegistrationItem item(Registration registration, AgendaItem event) {
        Integer position = null;
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            position = places.occupancy(registration.event(), registration.queueOrder()).ahead() + 1;
        }
        return new RegistrationItem(registration, event, position);
    }

    private Optional<AgendaItem> visibleEvent(UUID eventId) {
        try {
            return Optional.of(events.find(eventId, false));
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    private static EventRef ref(AgendaItem event) {
        return new EventRef(event.hostTenant(), event.id());
    }
}
