package nl.dorpskracht.admin.campaigns;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import nl.dorpskracht.campaigns.boundary.LetterService;
import nl.dorpskracht.campaigns.control.LetterFiles;
import nl.dorpskracht.campaigns.control.LetterSummary;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The letters of one of the tenant's own campaigns, one PDF per target it writes to, each signed by the organisations
 * that belong to that target. Another tenant's campaign, also a national one, is not found.
 */
@Path("/v1/{tenant}/campaigns/{campaignId}/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Campaign letters", description = "One PDF letter per target, with the co-signing organisations")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a campaign that is not the"
        + " tenant's own (CAMPAIGN_NOT_FOUND)")
public class CampaignLettersResource {

    private static final String ZIP = "application/zip";
    private static final String PDF = "application/pdf";

    @Inject
    LetterService letters;

    @GET
    @Operation(summary = "The letters: one per target the campaign writes to, with the number of co-signing"
            + " organisations under each")
    public List<LetterSummary> list(@PathParam("campaignId") String campaignId) {
        return letters.letters(campaign(campaignId));
    }

    @GET
    @Path("zip")
    @Produces(ZIP)
    @Operation(summary = "All letters in one zip file, one PDF per target")
    public Response zip(@PathParam("campaignId") String campaignId) {
        LetterFiles files = letters.all(campaign(campaignId));
        StreamingOutput body = files::writeZip;
        return Response.ok(body, ZIP).header("Content-Disposition", attachment(files.zipName())).build();
    }

    @GET
    @Path("{targetId}")
    @Produces(PDF)
    @Operation(summary = "The letter to one target as a PDF")
    @APIResponse(responseCode = "404", description = "Not a target of this campaign (TARGET_NOT_FOUND)")
    public Response letter(@PathParam("campaignId") String campaignId, @PathParam("targetId") String targetId) {
        LetterService.LetterFile file = letters.letter(campaign(campaignId),
                RequestParts.id(targetId, ProblemCode.TARGET_NOT_FOUND));
        return Response.ok(file.pdf(), PDF).header("Content-Disposition", attachment(file.fileName())).build();
    }

    private static java.util.UUID campaign(String campaignId) {
        return RequestParts.id(campaignId, ProblemCode.CAMPAIGN_NOT_FOUND);
    }

    /** The names are made of letters, digits and dashes only (LetterFiles), so they need no quoting rules. */
    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
