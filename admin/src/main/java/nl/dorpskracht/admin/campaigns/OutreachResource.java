package nl.dorpskracht.admin.campaigns;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.campaigns.boundary.OutreachService;
import nl.dorpskracht.campaigns.control.OutreachView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the letters of one of the tenant's own campaigns fared: per target sent on, response, summary, outcome. */
@Path("/v1/{tenant}/campaigns/{campaignId}/outreach")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Campaign outreach", description = "Sent on, response received, summary and outcome per target")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a campaign that is not the"
        + " tenant's own (CAMPAIGN_NOT_FOUND)")
public class OutreachResource {

    @Inject
    OutreachService outreach;

    @GET
    @Operation(summary = "Every target the campaign writes to: name, kind, municipality, sentOn, responseOn,"
            + " responseSummary, outcome, version and the number of co-signers of its letter")
    public List<OutreachView> list(@PathParam("campaignId") String campaignId) {
        return outreach.list(campaign(campaignId));
    }

    @PUT
    @Path("{targetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outreach to one target: {sentOn?, responseOn?, responseSummary?, outcome"
            + " PENDING|COMMITTED|PARTIAL|DECLINED|NO_RESPONSE, version}; dates as 2027-03-01")
    @APIResponse(responseCode = "404", description = "Not a target of this campaign (TARGET_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Stale version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Bad date, response before sending, unknown outcome")
    public OutreachView record(@PathParam("campaignId") String campaignId, @PathParam("targetId") String targetId,
            OutreachRequest request) {
        OutreachRequest body = RequestParts.body(request);
        return outreach.record(campaign(campaignId), RequestParts.id(targetId, ProblemCode.TARGET_NOT_FOUND),
                body.input(), body.version());
    }

    private static UUID campaign(String campaignId) {
        return RequestParts.id(campaignId, ProblemCode.CAMPAIGN_NOT_FOUND);
    }
}
