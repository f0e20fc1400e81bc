package nl.dorpskracht.admin.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.dorpskracht.access.boundary.AccessService;
import nl.dorpskracht.access.entity.AccessHolder;
import nl.dorpskracht.access.entity.AccessOverview;
import nl.dorpskracht.access.entity.RoleChange;
import nl.dorpskracht.invitations.boundary.InvitationView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access to one association: who holds which role, invitations to roles, changing and revoking them. */
@Path("/v1/{tenant}/access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Access", description = "Who has which role in the association; invite, change, revoke")
@SecurityRequirement(name = "basic")
public class AccessResource {

    @Inject
    AccessService access;

    public record InvitationRequest(String email, String name, String role) {
    }

    public record RolesRequest(List<String> roles) {
    }

    /** The person's roles now, and an invitation per role added (held only once accepted). */
    public record RoleChangeView(AccessHolder person, List<InvitedRole> invitations) {
        static RoleChangeView of(RoleChange change) {
            return new RoleChangeView(change.holder(), change.invited().stream()
                    .map(invited -> new InvitedRole(invited.role(), InvitationView.of(invited.sent()))).toList());
        }
    }

    public record InvitedRole(Role role, InvitationView invitation) {
    }

    @GET
    @Operation(summary = "People with roles in the association (address, name, roles) and open invitations to a role")
    public AccessOverview overview() {
        return access.overview();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to a role: TENANT_ADMIN, TREASURER, or NATIONAL_OFFICE in a national"
            + " association; the answer is the same whether or not the address has an account anywhere")
    @APIResponse(responseCode = "202", description = "Invited; `link` only when no mail server is configured")
    @APIResponse(responseCode = "422", description = "Another role (problem ROLE_NOT_GRANTABLE) or bad input")
    public Response invite(InvitationRequest request) {
        return Response.accepted(InvitationView.of(access.invite(request == null ? null : request.email(),
                request == null ? null : request.name(), request == null ? null : request.role()))).build();
    }

    @DELETE
    @Path("invitations/{invitationId}")
    @Operation(summary = "Withdraw an open invitation to a role")
    @APIResponse(responseCode = "404", description = "No open invitation of this association (ACCESS_NOT_FOUND)")
    public Response withdraw(@PathParam("invitationId") String invitationId) {
        access.withdrawInvitation(RequestParts.id(invitationId, ProblemCode.ACCESS_NOT_FOUND));
        return Response.noContent().build();
    }

    @PUT
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a person's roles here: roles left out are taken away at once; a role added is offered"
            + " by an invitation to the person's address and held only once accepted. MEMBER_CONTACT and"
            + " REGIONAL_AMBASSADOR keep their own flows and are left as they are")
    @APIResponse(responseCode = "200", description = "Changed; nothing to accept")
    @APIResponse(responseCode = "202", description = "Changed, and invited to the added roles (`invitations`)")
    @APIResponse(responseCode = "409", description = "The association's last administrator (LAST_TENANT_ADMIN)")
    public Response change(@PathParam("accountId") String accountId, RolesRequest request) {
        RoleChange change = access.change(RequestParts.id(accountId, ProblemCode.ACCESS_NOT_FOUND),
                request == null ? null : request.roles());
        return Response.status(change.invited().isEmpty() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(RoleChangeView.of(change)).build();
    }

    @DELETE
    @Path("{accountId}")
    @Operation(summary = "Take away every role of this page (TENANT_ADMIN, TREASURER, NATIONAL_OFFICE) the person"
            + " holds here; a contact person's login and an ambassadorship end on their own pages")
    @APIResponse(responseCode = "409", description = "The association's last administrator (LAST_TENANT_ADMIN)")
    public Response revoke(@PathParam("accountId") String accountId) {
        access.revoke(RequestParts.id(accountId, ProblemCode.ACCESS_NOT_FOUND));
        return Response.noContent().build();
    }

}
