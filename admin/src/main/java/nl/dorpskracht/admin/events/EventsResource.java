package nl.dorpskracht.admin.events;

import nl.dorpskracht.platform.rest.RequestParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agenda of a tenant: its own events (admins see drafts too) and the events other tenants shared with it. */
@Path("/v1/{tenant}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Events", description = "Events of a tenant and events shared with it")
@SecurityRequirement(name = "basic")
public class EventsResource {

    @Inject
    EventService events;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @Inject
    TenantRegistry registry;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "The agenda from a date (default today): scope=local (own), national (shared by others, "
            + "with the host's name) or all")
    public List<EventView> agenda(@QueryParam("scope") String scope, @QueryParam("from") String from) {
        return events.agenda(Agenda.scope(scope), Agenda.from(from), !isAdmin()).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "One event of the agenda: the tenant's own, or one shared with it")
    public EventView read(@PathParam("id") String id) {
        return view(events.find(RequestParts.id(id, ProblemCode.EVENT_NOT_FOUND), !isAdmin()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an event; sharedWithAllTenants or sharedWith (tenant codes) shares it once published")
    public Response create(EventRequest request, @Context UriInfo uri) {
        EventRequest body = RequestParts.body(request);
        AgendaItem created = events.create(body.input(), body.sharedWithAllTenants(), body.sharedWith());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(view(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an event of this tenant (publish, cancel, change sharing); stale version gives 409")
    public EventView update(@PathParam("id") String id, EventRequest request) {
        EventRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return view(events.update(RequestParts.id(id, ProblemCode.EVENT_NOT_FOUND), body.version(), body.input(),
                body.sharedWithAllTenants(), body.sharedWith()));
    }

    private boolean isAdmin() {
        return caller.holds(context.require(), Role.TENANT_ADMIN);
    }

    private EventView view(AgendaItem item) {
        return EventView.of(item, registry.nameOf(item.hostTenant()));
    }

}
