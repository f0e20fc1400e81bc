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
import nl.dorpskracht.campaigns.boundary.TargetService;
import nl.dorpskracht.campaigns.control.TargetView;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's target list: the municipal councils, political parties, the province and others its campaigns write to.
 * Seeded once with the councils of the tenant's province (CBS); admins add, correct and remove entries.
 */
@Path("/v1/{tenant}/targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Campaign targets", description = "Whom the tenant's lobby campaigns write to")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a target that is not the tenant's")
public class TargetsResource {

    @Inject
    TargetService targets;

    @GET
    @Operation(summary = "The target list, by kind and then name; kind=MUNICIPAL_COUNCIL|POLITICAL_PARTY|PROVINCE|OTHER"
            + " filters")
    @APIResponse(responseCode = "400", description = "Unknown kind (problem INVALID_PARAMETER)")
    public List<TargetView> list(@QueryParam("kind") String kind) {
        return targets.list(kind(kind));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a target: {kind, name, municipality (required for a MUNICIPAL_COUNCIL), province?, email?,"
            + " address?}")
    @APIResponse(responseCode = "201", description = "The target, with its id and version")
    @APIResponse(responseCode = "409", description = "The name is taken for this kind (TARGET_DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Missing or bad fields, each named (VALIDATION_FAILED)")
    public Response create(TargetRequest request, @Context UriInfo uri) {
        TargetView created = targets.create(RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("{targetId}")
    @Operation(summary = "One target")
    public TargetView read(@PathParam("targetId") String targetId) {
        return targets.find(id(targetId));
    }

    @PUT
    @Path("{targetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a target's fields: the body of POST plus the version read; a stale version gives 409")
    @APIResponse(responseCode = "409", description = "Stale version (VERSION_CONFLICT) or name taken (TARGET_DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Missing or bad fields, each named (VALIDATION_FAILED)")
    public TargetView update(@PathParam("targetId") String targetId, TargetRequest request) {
        TargetRequest body = RequestParts.body(request);
        return targets.update(id(targetId), body.input(), body.version());
    }

    @DELETE
    @Path("{targetId}")
    @Operation(summary = "Remove a target no campaign writes to")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "A campaign writes to it (TARGET_IN_USE)")
    public Response delete(@PathParam("targetId") String targetId) {
        targets.delete(id(targetId));
        return Response.noContent().build();
    }

    private static UUID id(String targetId) {
        return RequestParts.id(targetId, ProblemCode.TARGET_NOT_FOUND);
    }

    private static TargetKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return TargetKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER,
                    "Onbekend soort geadresseerde; kies uit MUNICIPAL_COUNCIL, POLITICAL_PARTY, PROVINCE of OTHER.");
        }
    }
}
