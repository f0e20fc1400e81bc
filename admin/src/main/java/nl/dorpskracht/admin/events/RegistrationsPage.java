package nl.dorpskracht.admin.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventAttendance;
import nl.dorpskracht.events.control.EventPlaces;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventAttendee;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.web.faces.DutchDates;

/**
 * Registrations as an admin handles them: for one event (the host's attendees from every province, the province's own
 * people, registering a contact person, cancelling) or, without an event, where the province's people registered.
 */
@Named("registrationsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class RegistrationsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final int SEARCH_MAX = 20;
    private static final int LIST_MAX = 500;

    @Inject
    RegistrationService registrations;

    @Inject
    EventService events;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry tenants;

    private String tenant;
    private String eventId;
    private String search;
    private transient AgendaItem event;
    private transient EventAttendance attendance;
    private transient EventPlaces.Occupancy places;
    private transient List<RegistrationItem> ours;
    private transient List<ContactPerson> found;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /** Reads the event of the page once its id is known; an unknown or foreign id shows a message, no data. */
    public void load() {
        if (tenant == null || eventId == null || eventId.isBlank()) {
            return;
        }
        try {
            event = events.find(UUID.fromString(eventId), false);
        } catch (IllegalArgumentException | ProblemException notFound) {
            eventId = null;
            FacesSupport.error("registrations.eventNotFound");
        }
    }

    public AgendaItem getEvent() {
        return event;
    }

    public EventAttendance getAttendance() {
        if (attendance == null && event != null && event.own()) {
            attendance = registrations.attendance(event.id());
        }
        return attendance;
    }

    public EventPlaces.Occupancy getPlaces() {
        if (places == null && event != null) {
            places = registrations.places(event.id());
        }
        return places;
    }

    public List<RegistrationItem> getOurs() {
        if (ours == null && tenant != null) {
            ours = event == null ? registrations.ofProvince(LIST_MAX) : registrations.ownPeopleAt(event.id());
        }
        return ours == null ? List.of() : ours;
    }

    public List<ContactPerson> getFound() {
        return found == null ? List.of() : found;
    }

    public void find() {
        found = contacts.search(search, SEARCH_MAX);
        if (found.isEmpty()) {
            FacesSupport.info("registrations.nobodyFound");
        }
    }

    public void register(String contactId) {
        try {
            RegistrationItem item = registrations.registerContact(event.id(), UUID.fromString(contactId));
            FacesSupport.info("registrations.registered." + item.registration().status().name(),
                    item.registration().attendeeName());
            refresh();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void cancel(String registrationId) {
        try {
            RegistrationItem item = registrations.cancel(UUID.fromString(registrationId));
            FacesSupport.info("registrations.cancelled", item.registration().attendeeName());
            refresh();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public String organisationOf(ContactPerson contact) {
        return members.find(contact.organisationId()).name();
    }

    public String when(OffsetDateTime moment) {
        return DutchDates.moment(moment, DutchDates.pageLocale());
    }

    public String tenantName(String code) {
        return tenants.nameOf(code);
    }

    public List<EventAttendee> getAttendees() {
        EventAttendance current = getAttendance();
        return current == null ? List.of() : current.attendees();
    }

    private void refresh() {
        attendance = null;
        places = null;
        ours = null;
    }

    public String getTenant() {
        return tenant;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
