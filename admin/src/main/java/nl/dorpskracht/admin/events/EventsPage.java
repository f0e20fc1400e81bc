package nl.dorpskracht.admin.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.boundary.EventService.Scope;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** The association's agenda for its admins: its own events (add, edit, publish, share) and what others shared. */
@Named("eventsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class EventsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private String scope = "LOCAL";
    private final EventForm form = new EventForm();
    private transient List<AgendaItem> agenda;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public List<AgendaItem> getAgenda() {
        if (agenda == null && tenant != null) {
            agenda = events.agenda(Scope.valueOf(scope), java.time.OffsetDateTime.now().minusDays(1), false);
        }
        return agenda == null ? List.of() : agenda;
    }

    public void show() {
        agenda = null;
    }

    public void startNew() {
        form.clear();
        form.setEditing(true);
    }

    public void startEdit(String id) {
        form.load(events.find(UUID.fromString(id), false));
    }

    public void save() {
        try {
            EventInput input = form.input();
            if (form.getId() == null) {
                events.create(input, form.isSharedWithAll(), form.getSharedWith());
            } else {
                events.update(UUID.fromString(form.getId()), form.getVersion(), input, form.isSharedWithAll(),
                        form.getSharedWith());
            }
            form.clear();
            agenda = null;
            FacesSupport.infoAsWritten("events.saved");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "eventForm:");
        }
    }

    public void cancel() {
        form.clear();
    }

    public String when(AgendaItem item) {
        return DutchDates.moment(item.details().startsAt(), DutchDates.pageLocale());
    }

    public String host(AgendaItem item) {
        return registry.nameOf(item.hostTenant());
    }

    /** The tenants this one can share with: every other. */
    public List<Tenant> getGuests() {
        return registry.all().stream().filter(t -> !t.code().equals(tenant)).toList();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public EventStatus[] getStatuses() {
        return EventStatus.values();
    }

    public String getTenant() {
        return tenant;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public EventForm getForm() {
        return form;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
