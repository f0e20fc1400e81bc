package nl.dorpskracht.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.control.AgendaCalendar;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's published agenda, shared events included, for calendar programs. */
@Path("/v1/{tenant}/events.ics")
@RequestScoped
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR })
@Tag(name = "Events")
@SecurityRequirement(name = "basic")
public class CalendarResource {

    @Inject
    EventService events;

    @Inject
    TenantRegistry registry;

    @GET
    @Produces("text/calendar; charset=UTF-8")
    @Operation(summary = "iCalendar feed of the published events from 30 days ago, shared ones included")
    public Response feed() {
        String calendar = AgendaCalendar.write(
                events.agenda(EventService.Scope.ALL, java.time.OffsetDateTime.now().minusDays(30), true),
                code -> registry.nameOf(code));
        return Response.ok(calendar).header("Content-Disposition", "inline; filename=\"agenda.ics\"").build();
    }
}
