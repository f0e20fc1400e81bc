package nl.dorpskracht.admin.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.web.portal.RegistrationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registering for an event of the agenda: the tenant's own, or one shared with it. */
@Path("/v1/{tenant}/events/{eventId}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Registrations", description = "Registrations for events, places and the waitlist")
@SecurityRequirement(name = "basic")
public class EventRegistrationsResource {

    @Inject
    RegistrationService registrations;

    @Inject
    TenantRegistry tenants;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @PathParam("eventId")
    String eventId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Register: an admin for one of the province's contact persons (contactId), a contact person "
            + "for themselves; for another tenant's event with consent to share name, e-mail and organisation. "
            + "201 with status CONFIRMED or WAITLISTED")
    public Response register(RegistrationRequest request, @Context UriInfo uri) {
        RegistrationRequest body = RequestParts.body(request);
        UUID event = event();
        RegistrationItem registered;
        if (body.contactId() != null) {
            if (!caller.holds(context.require(), Role.TENANT_ADMIN)) {
                throw new ProblemException(ProblemCode.FORBIDDEN);
            }
            registered = registrations.registerContact(event,
                    RequestParts.id(body.contactId(), ProblemCode.CONTACT_NOT_FOUND));
        } else {
            registered = registrations.registerSelf(event, Boolean.TRUE.equals(body.consentToShare()));
        }
        UriBuilder location = uri.getBaseUriBuilder().path("v1").path(context.require()).path("registrations")
                .path(registered.registration().id().toString());
        return Response.created(location.build())
                .entity(RegistrationView.of(registered, tenants.nameOf(registered.registration().hostTenant())))
                .build();
    }

    private UUID event() {
        return RequestParts.id(eventId, ProblemCode.EVENT_NOT_FOUND);
    }
}
