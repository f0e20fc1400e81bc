package nl.dorpskracht.admin.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.search.ProjectSearch;
import nl.dorpskracht.projects.search.SearchFilters;
import nl.dorpskracht.projects.search.SearchResults;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Searching the Projectenbank of the tenant in the path: its own published initiatives and other associations' shared
 * ones. A path of its own (not a method of the initiatives resource), so that this literal path always wins over
 * {@code /initiatives/{id}}.
 */
@Path("/v1/{tenant}/initiatives/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
@Tag(name = "Projectenbank", description = "Initiatives of the associations, searched in Dutch")
@SecurityRequirement(name = "basic")
public class InitiativeSearchResource {

    @Inject
    ProjectSearch search;

    @GET
    @Operation(summary = "Initiatives found in Dutch (stems, accents folded, title over summary over text), best first,"
            + " with snippets whose hits are marked <mark> (the only markup), and per facet the counts with the other"
            + " facets applied. q (200 characters); repeatable theme, province (PV..), municipality (GM....), type,"
            + " year, funding (20 each); page from 0, size at most 50")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("theme") List<String> themes,
            @QueryParam("province") List<String> provinces, @QueryParam("municipality") List<String> municipalities,
            @QueryParam("type") List<String> types, @QueryParam("year") List<String> years,
            @QueryParam("funding") List<String> fundings, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SearchFilters filters = new SearchFilters(themes, provinces, municipalities, types, numbers(years), fundings);
        return search.search(q, filters, number(page, 0), number(size, 20));
    }

    static List<Integer> numbers(List<String> values) {
        return values == null ? List.of() : values.stream().map(value -> number(value, -1)).toList();
    }

    static int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if (!value.matches("[0-9]{1,5}")) {
            throw new ProblemException(ProblemCode.SEARCH_FILTER_INVALID);
        }
        return Integer.parseInt(value);
    }
}
