package nl.dorpskracht.admin.campaigns;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.boundary.CampaignService.Scope;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.control.CosignerCounts;
import nl.dorpskracht.campaigns.control.CosignerView;
import nl.dorpskracht.campaigns.control.EndorsementView;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lobby campaigns of the tenant in the path and national campaigns of others, and co-signing them. Admins write their
 * own campaigns and sign on behalf of their member organisations; contact persons sign for their own organisation; the
 * host of a campaign reads which organisations signed, from every province, and counts.
 */
@Path("/v1/{tenant}/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Campaigns", description = "Lobby campaigns, their speerpunten and co-signing member organisations")
@SecurityRequirement(name = "basic")
public class CampaignsResource {

    @Inject
    CampaignService campaigns;

    @Inject
    EndorsementService endorsements;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.NATIONAL_OFFICE })
    @Operation(summary = "Campaigns: scope=local (the tenant's own; drafts for admins only), national (national"
            + " campaigns of other tenants) or all (default); for a contact person with whether their organisation"
            + " co-signed")
    public List<CampaignView> list(@QueryParam("scope") String scope) {
        return forCaller(campaigns.list(scope(scope)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a campaign (status DRAFT): title, summary, body, closing, opensOn, closesOn, national"
            + " (a national tenant only), positions [{title, explanation}] in order, targetIds from the target list")
    public Response create(CampaignRequest request, @Context UriInfo uri) {
        CampaignView created = campaigns.create(RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.NATIONAL_OFFICE })
    @Operation(summary = "One campaign with its speerpunten: the tenant's own or a national one of another tenant")
    public CampaignView read(@PathParam("id") String id) {
        return forCaller(List.of(campaigns.find(campaignId(id)))).get(0);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a campaign of this tenant (text and speerpunten while DRAFT, targets until SENT);"
            + " stale version gives 409")
    public CampaignView update(@PathParam("id") String id, CampaignRequest request) {
        CampaignRequest body = RequestParts.body(request);
        requireVersion(body.version());
        return campaigns.update(campaignId(id), body.version(), body.input());
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the campaign forward: OPEN (for co-signing), SENT (letters sent), CLOSED; body {status,"
            + " version}")
    public CampaignView move(@PathParam("id") String id, StatusRequest request) {
        StatusRequest body = RequestParts.body(request);
        return campaigns.move(campaignId(id), body.version(), body.status());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft campaign")
    public Response delete(@PathParam("id") String id) {
        campaigns.delete(campaignId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/endorsements")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "The co-signatures of this tenant's own member organisations (for a contact person: their"
            + " organisation's), with who signed")
    public List<EndorsementView> endorsements(@PathParam("id") String id) {
        return endorsements.ofProvince(campaignId(id));
    }

    @POST
    @Path("{id}/endorsements")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Co-sign while the campaign is open: a contact person for their own organisation (no body), an"
            + " admin for {memberId}; once per organisation (409 ALREADY_ENDORSED)")
    public Response sign(@PathParam("id") String id, EndorsementRequest request) {
        UUID campaign = campaignId(id);
        Object signed;
        if (isAdmin()) {
            String member = request == null ? null : request.memberId();
            if (member == null || member.isBlank()) {
                throw ProblemException.invalid(List.of(FieldError.field("memberId", "required.member")));
            }
            signed = endorsements.signFor(campaign, RequestParts.id(member, ProblemCode.MEMBER_NOT_FOUND));
        } else {
            signed = endorsements.sign(campaign);
        }
        return Response.status(Response.Status.CREATED).entity(signed).build();
    }

    @DELETE
    @Path("{id}/endorsements/{memberId}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Withdraw an organisation's co-signature while the campaign is open")
    public Response withdraw(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        endorsements.withdraw(campaignId(id), RequestParts.id(memberId, ProblemCode.ENDORSEMENT_NOT_FOUND));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/cosigners")
    @TenantRoles({ Role.TENANT_ADMIN, Role.NATIONAL_OFFICE })
    @Operation(summary = "For the host of the campaign: every co-signing organisation from every province (name,"
            + " municipality, province; no persons)")
    public List<CosignerView> cosigners(@PathParam("id") String id) {
        return endorsements.cosigners(campaignId(id));
    }

    @GET
    @Path("{id}/counts")
    @TenantRoles({ Role.TENANT_ADMIN, Role.NATIONAL_OFFICE })
    @Operation(summary = "For the host of the campaign: co-signing organisations in total, per province and per"
            + " municipality")
    public CosignerCounts counts(@PathParam("id") String id) {
        return endorsements.counts(campaignId(id));
    }

    private List<CampaignView> forCaller(List<CampaignView> views) {
        boolean contactOnly = caller.holds(context.require(), Role.MEMBER_CONTACT) && !isAdmin()
                && !caller.holds(context.require(), Role.NATIONAL_OFFICE);
        return contactOnly ? endorsements.withOwnEndorsements(views) : views;
    }

    private boolean isAdmin() {
        return caller.holds(context.require(), Role.TENANT_ADMIN);
    }

    private static UUID campaignId(String id) {
        return RequestParts.id(id, ProblemCode.CAMPAIGN_NOT_FOUND);
    }

    private static void requireVersion(Long version) {
        if (version == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
    }

    private static Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return Scope.ALL;
        }
        try {
            return Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                    List.of(FieldError.field("scope", "invalid.value")));
        }
    }
}
