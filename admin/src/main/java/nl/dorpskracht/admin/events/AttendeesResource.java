package nl.dorpskracht.admin.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.events.boundary.AttendeeExport;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.EventAttendance;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For the host: who comes to one of its own events, from every province, as much as they agreed to share. */
@Path("/v1/{tenant}/events/{eventId}/attendees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basic")
public class AttendeesResource {

    @Inject
    RegistrationService registrations;

    @Inject
    AttendeeExport export;

    @Inject
    TenantRegistry tenants;

    @PathParam("eventId")
    String eventId;

    @GET
    @Operation(summary = "Who comes to one of the tenant's own events, from every province (consented fields only), "
            + "with places and the waitlist")
    public AttendanceView attendees() {
        EventAttendance attendance = registrations.attendance(event());
        return new AttendanceView(EventView.of(attendance.event(), tenants.nameOf(attendance.event().hostTenant())),
                attendance.places().capacity(), attendance.places().confirmed(), attendance.places().waiting(),
                attendance.places().free(), attendance.attendees().stream()
                        .map(attendee -> AttendeeView.of(attendee, tenants.nameOf(attendee.homeTenant()))).toList());
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The attendee list of one of the tenant's own events as CSV (audited)")
    public Response attendeesFile() {
        UUID event = event();
        return Response.ok(export.export(event))
                .header("Content-Disposition", "attachment; filename=\"deelnemers-" + event + ".csv\"").build();
    }

    private UUID event() {
        return RequestParts.id(eventId, ProblemCode.EVENT_NOT_FOUND);
    }
}
