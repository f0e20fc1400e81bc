package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.web.faces.DutchDates;

/** The association's agenda for its ambassadors: its published events and those shared with it, from today on. */
@Named("ambassadorAgenda")
@RequestScoped
public class AmbassadorAgendaPage extends AmbassadorPage {

    @Inject
    EventService events;

    private List<AgendaItem> agenda;

    public List<AgendaItem> getAgenda() {
        if (agenda == null) {
            agenda = enter() ? events.agenda(EventService.Scope.ALL, OffsetDateTime.now().minusDays(1), true)
                    : List.of();
        }
        return agenda;
    }

    public String when(AgendaItem item) {
        return DutchDates.moment(item.details().startsAt(), DutchDates.pageLocale());
    }

    public String host(AgendaItem item) {
        return registry.nameOf(item.hostTenant());
    }
}
