package nl.dorpskracht.admin.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.dorpskracht.matching.boundary.HelpRequests;
import nl.dorpskracht.matching.boundary.Matchmaking;
import nl.dorpskracht.matching.boundary.Volunteers;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.Suggestion;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regional coordinator (ambassador): the open requests and the volunteers of their regions only (row security on
 * the region scope), never a volunteer's contact details; they propose a match as the admin does, recorded as theirs.
 */
@Path("/v1/{tenant}/coordination")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.REGIONAL_AMBASSADOR)
@Tag(name = "Vraag en aanbod")
@SecurityRequirement(name = "basic")
public class CoordinationResource {

    @Inject
    HelpRequests requests;

    @Inject
    Volunteers volunteers;

    @Inject
    Matchmaking matchmaking;

    @GET
    @Path("requests")
    @Operation(summary = "The open requests of the ambassador's regions")
    public List<HelpRequest> requests(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return requests.list("OPEN", page, size);
    }

    @GET
    @Path("volunteers")
    @Operation(summary = "The active volunteers of the ambassador's regions, without contact details")
    public List<Volunteer> volunteers(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return volunteers.list(null, true, page, size);
    }

    @GET
    @Path("requests/{id}/suggestions")
    @Operation(summary = "Suggestions for an open request of the ambassador's regions")
    public List<Suggestion> suggestions(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return matchmaking.suggestions(HelpRequestsResource.requestId(id), limit);
    }

    @POST
    @Path("requests/{id}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a volunteer for a request of the ambassador's regions (recorded as the ambassador's)")
    public Response propose(@PathParam("id") String id, HelpRequestsResource.ProposalRequest body) {
        return HelpRequestsResource.proposed(matchmaking, HelpRequestsResource.requestId(id), RequestParts.body(body));
    }
}
