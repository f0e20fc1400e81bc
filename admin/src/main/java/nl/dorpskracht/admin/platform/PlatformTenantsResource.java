package nl.dorpskracht.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.dorpskracht.invitations.boundary.InvitationView;
import nl.dorpskracht.console.boundary.PlatformConsole;
import nl.dorpskracht.console.entity.NewTenant;
import nl.dorpskracht.console.entity.TenantSummary;
import nl.dorpskracht.platform.rest.RequestParts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform console's API: associations added, their first administrator invited, suspended and resumed. For
 * platform administrators only ({@code platform_admin}); a grant in any association, whatever its role, is not enough.
 * The path names no tenant on purpose ({@code {code}}, not {@code {tenant}}): the console enters no association's data.
 */
@Path("/v1/platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform", description = "Adding, suspending and resuming associations; platform administrators only")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "Not a platform administrator (FORBIDDEN)")
public class PlatformTenantsResource {

    @Inject
    PlatformConsole console;

    public record NewTenantRequest(String code, String name, String kind, String parent, String province) {
    }

    public record InviteRequest(String email, String name) {
    }

    public record SuspensionRequest(Boolean suspended, String reason) {
    }

    @GET
    @Operation(summary = "Every association: code, name, kind, parent, province, suspended, and counts without names")
    public List<TenantSummary> all() {
        return console.tenants();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an association: a province (PROVINCIAL, with a NATIONAL parent and a province) or a"
            + " federation (NATIONAL)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The code is taken (TENANT_CODE_TAKEN)")
    @APIResponse(responseCode = "422", description = "A bad or reserved code, a missing name, kind, parent or province")
    public Response create(NewTenantRequest request) {
        NewTenantRequest body = RequestParts.body(request);
        TenantSummary created = console
                .create(new NewTenant(body.code(), body.name(), body.kind(), body.parent(), body.province()));
        return Response.created(URI.create("/api/v1/platform/tenants/" + created.code())).entity(created).build();
    }

    @POST
    @Path("{code}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an administrator (TENANT_ADMIN) of the association by a mailed link")
    @APIResponse(responseCode = "202", description = "Invited; `link` only when no mail server is configured")
    @APIResponse(responseCode = "404", description = "No such association (TENANT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The association is suspended (TENANT_SUSPENDED)")
    public Response invite(@PathParam("code") String code, InviteRequest request) {
        InviteRequest body = RequestParts.body(request);
        return Response.accepted(InvitationView.of(console.inviteAdministrator(code, body.email(), body.name())))
                .build();
    }

    @PUT
    @Path("{code}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend (its logins give no access, its data stays) or resume the association")
    @APIResponse(responseCode = "200", description = "The association as it is now")
    @APIResponse(responseCode = "404", description = "No such association (TENANT_NOT_FOUND)")
    public TenantSummary suspension(@PathParam("code") String code, SuspensionRequest request) {
        SuspensionRequest body = RequestParts.body(request);
        return console.suspend(code, body.suspended(), body.reason());
    }
}
