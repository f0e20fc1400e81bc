package nl.dorpskracht.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The registrations of the province's own people, wherever they registered: an admin sees all of them, a contact person
 * their own.
 */
@Path("/v1/{tenant}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
@Tag(name = "Registrations")
@SecurityRequirement(name = "basic")
public class RegistrationsResource {

    private static final int LIST_MAX = 1000;

    @Inject
    RegistrationService registrations;

    @Inject
    TenantRegistry tenants;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @GET
    @Operation(summary = "Registrations of the province's people (admin; event= narrows to one event) or the caller's "
            + "own (contact person), newest first")
    public List<RegistrationView> list(@QueryParam("event") String event) {
        List<RegistrationItem> items;
        if (!isAdmin()) {
            items = registrations.mine();
        } else if (event != null) {
            items = registrations.ownPeopleAt(RequestParts.id(event, ProblemCode.EVENT_NOT_FOUND));
        } else {
            items = registrations.ofProvince(LIST_MAX);
        }
        return items.stream().map(this::view).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a registration (admin: any of the province's people; contact person: their own); "
            + "a freed place goes to the first on the waitlist, who is told by e-mail")
    public RegistrationView cancel(@PathParam("id") String id) {
        var registration = RequestParts.id(id, ProblemCode.REGISTRATION_NOT_FOUND);
        return view(isAdmin() ? registrations.cancel(registration) : registrations.cancelOwn(registration));
    }

    private boolean isAdmin() {
        return caller.holds(context.require(), Role.TENANT_ADMIN);
    }

    private RegistrationView view(RegistrationItem item) {
        return RegistrationView.of(item, tenants.nameOf(item.registration().hostTenant()));
    }
}
