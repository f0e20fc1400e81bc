package nl.dorpskracht.admin.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.projects.search.ProjectSearch;
import nl.dorpskracht.projects.search.Suggestion;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Titles offered while typing in the Projectenbank's search field; a literal path beside {@code /initiatives/{id}}. */
@Path("/v1/{tenant}/initiatives/suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
@Tag(name = "Projectenbank", description = "Initiatives of the associations, searched in Dutch")
@SecurityRequirement(name = "basic")
public class InitiativeSuggestResource {

    @Inject
    ProjectSearch search;

    @GET
    @Operation(summary = "At most 8 titles of initiatives the caller may find in which a word starts with the last word"
            + " of q (200 characters) and the earlier words match; plain text")
    public List<Suggestion> suggest(@QueryParam("q") String q) {
        return search.suggest(q);
    }
}
