package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.platform.time.DutchTime;

/** The association's agenda for its ambassadors: its published events and those shared with it, from today on. */
@Named("ambassadorAgenda")
@RequestScoped
public class AmbassadorAgendaPage extends AmbassadorPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

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
        return item.details().startsAt().atZoneSameInstant(DutchTime.ZONE).format(WHEN);
    }

    public String host(AgendaItem item) {
        return registry.nameOf(item.hostTenant());
    }
}
