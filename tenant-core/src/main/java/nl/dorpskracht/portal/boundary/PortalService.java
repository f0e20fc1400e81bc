package nl.dorpskracht.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.portal.control.FeedItem;
import nl.dorpskracht.portal.control.MemberProfile;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * What a contact person sees in the member portal, in their own province: the published agenda of the province or what
 * others shared with it, each event with its free places and the caller's own registration.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PortalService {

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    EventPlaces places;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantContext tenant;

    public MemberProfile profile() {
        ContactPerson self = contacts.ofCaller();
        String organisation = members.find(self.organisationId()).name();
        return new MemberProfile(tenant.require(), tenantName(tenant.require()), self.id(), self.name(), organisation);
    }

    /** Published events from today on; only for a contact person. */
    public List<FeedItem> feed(PortalScope scope) {
        Map<EventRef, RegistrationItem> mine = activeRegistrations();
        OffsetDateTime today = LocalDate.now(EventInput.DUTCH_TIME).atStartOfDay(EventInput.DUTCH_TIME)
                .toOffsetDateTime();
        return events.agenda(scope.agendaScope(), today, true).stream().map(event -> item(event, mine)).toList();
    }

    /** One published event of the agenda, own or shared; anything else is not found. */
    public FeedItem event(UUID id) {
        Map<EventRef, RegistrationItem> mine = activeRegistrations();
        return item(events.find(id, true), mine);
    }

    /** The caller's registrations, newest first, cancelled ones included. */
    public List<RegistrationItem> registrations() {
        return registrations.mine();
    }

    private String tenantName(String code) {
        return registry.nameOf(code);
    }

    private FeedItem item(AgendaItem event, Map<EventRef, RegistrationItem> mine) {
        EventRef ref = new EventRef(event.hostTenant(), event.id());
        return FeedItem.event(event, tenantName(event.hostTenant()), places.occupancy(ref, null), mine.get(ref),
                OffsetDateTime.now());
    }

    private Map<EventRef, RegistrationItem> activeRegistrations() {
        return registrations.mine().stream().filter(item -> item.registration().isActive())
                .collect(Collectors.toMap(item -> item.registration().event(), Function.identity(), (a, b) -> a));
    }
}
