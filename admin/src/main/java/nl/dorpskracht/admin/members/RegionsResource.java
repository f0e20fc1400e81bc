package nl.dorpskracht.admin.members;

import nl.dorpskracht.platform.rest.RequestParts;
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
import java.util.UUID;
import nl.dorpskracht.members.boundary.RegionService;
import nl.dorpskracht.members.boundary.RegionService.Ambassador;
import nl.dorpskracht.members.entity.Region;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.invitations.boundary.InvitationView;
import nl.dorpskracht.invitations.entity.InvitationSent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regions of a tenant and their ambassadors. */
@Path("/v1/{tenant}/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Regions", description = "Regions of a province and their ambassadors")
@SecurityRequirement(name = "basic")
public class RegionsResource {

    @Inject
    RegionService regions;

    public record RegionRequest(String name) {
    }

    public record RegionView(UUID id, String name) {
        static RegionView of(Region region) {
            return new RegionView(region.id(), region.name());
        }
    }

    public record AmbassadorRequest(String email, String name) {
    }

    @GET
    @Operation(summary = "The tenant's regions, by name")
    public List<RegionView> list() {
        return regions.all().stream().map(RegionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a region")
    @APIResponse(responseCode = "409", description = "A region of that name exists (problem REGION_DUPLICATE)")
    public Response create(RegionRequest request) {
        Region region = regions.create(request == null ? null : request.name());
        return Response.status(Response.Status.CREATED).entity(RegionView.of(region)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a region; its members follow")
    public RegionView rename(@PathParam("id") String id, RegionRequest request) {
        return RegionView.of(regions.rename(RequestParts.id(id, ProblemCode.REGION_NOT_FOUND),
                request == null ? null : request.name()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a region that no member belongs to")
    @APIResponse(responseCode = "409", description = "Members belong to it (problem REGION_IN_USE)")
    public Response delete(@PathParam("id") String id) {
        regions.delete(RequestParts.id(id, ProblemCode.REGION_NOT_FOUND));
        return Response.noContent().build();
    }

    @GET
    @Path("ambassadors")
    @Operation(summary = "The tenant's regional ambassadors with their regions")
    public List<Ambassador> ambassadors() {
        return regions.ambassadors();
    }

    @POST
    @Path("{id}/ambassadors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to be ambassador of the region; nothing changes at any account until they"
            + " accept, and the answer is the same whether or not the address has an account anywhere")
    @APIResponse(responseCode = "202", description = "Invited; `link` only when no mail server is configured")
    public Response appoint(@PathParam("id") String id, AmbassadorRequest request) {
        InvitationSent sent = regions.appoint(RequestParts.id(id, ProblemCode.REGION_NOT_FOUND),
                request == null ? null : request.email(), request == null ? null : request.name());
        return Response.accepted(InvitationView.of(sent)).build();
    }

    @DELETE
    @Path("{id}/invitations/{invitationId}")
    @Operation(summary = "Withdraw an open invitation to be ambassador of the region")
    public Response withdrawInvitation(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        regions.withdrawInvitation(RequestParts.id(id, ProblemCode.REGION_NOT_FOUND),
                RequestParts.id(invitationId, ProblemCode.NOT_FOUND));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/ambassadors/{accountId}")
    @Operation(summary = "End an ambassadorship; the login goes when it was the last region")
    public Response withdraw(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        regions.withdraw(RequestParts.id(id, ProblemCode.REGION_NOT_FOUND),
                RequestParts.id(accountId, ProblemCode.NOT_FOUND));
        return Response.noContent().build();
    }

}
