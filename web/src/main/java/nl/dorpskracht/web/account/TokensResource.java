package nl.dorpskracht.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.tokens.ApiTokens;
import nl.dorpskracht.security.tokens.TokenView;
import nl.dorpskracht.tenancy.control.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal API tokens for one tenant (the path's, entered through the gate like every tenant path). A
 * token is made for a role the caller holds there; its value is answered once.
 */
@Path("/v1/{tenant}/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.PLATFORM_ADMIN, Role.TENANT_ADMIN, Role.NATIONAL_OFFICE, Role.MEMBER_CONTACT,
        Role.REGIONAL_AMBASSADOR })
@Tag(name = "API tokens", description = "Personal API tokens: one tenant, one role, shown once, revocable")
@SecurityRequirement(name = "basic")
public class TokensResource {

    @Inject
    ApiTokens tokens;

    @Inject
    TenantContext tenant;

    public record TokenRequest(String name, String role, String expiresOn) {
    }

    public record CreatedView(String value, TokenView token) {
    }

    @GET
    @Operation(summary = "The caller's tokens for this tenant, newest first, without their values")
    public List<TokenView> list() {
        return tokens.ownIn(tenant.require());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a token for a role the caller holds in this tenant; the value is in this answer only")
    @APIResponse(responseCode = "403", description = "The caller does not hold the role here (TOKEN_ROLE_NOT_HELD)")
    public Response create(TokenRequest request) {
        TokenRequest given = request == null ? new TokenRequest(null, null, null) : request;
        ApiTokens.Created created = tokens.create(tenant.require(), given.role(), given.name(),
                date(given.expiresOn()));
        return Response.status(Response.Status.CREATED).entity(new CreatedView(created.value(), created.token()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens of this tenant; it is refused from the next request on")
    @APIResponse(responseCode = "404", description = "Not the caller's token of this tenant (TOKEN_NOT_FOUND)")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(tenant.require(), RequestParts.id(id, ProblemCode.TOKEN_NOT_FOUND));
        return Response.noContent().build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 11) : text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldError.field("expiresOn", "token.expires")));
        }
    }
}
