package nl.dorpskracht.web.tenants;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantsResource {

    public record TenantView(String code, String name, String kind, String parent) {
    }

    @Inject
    TenantRegistry registry;

    /** A suspended association is not listed: nobody can log in to it, so offering it would only mislead. */
    @GET
    @Operation(summary = "The associations on the platform (public); suspended ones are left out")
    public List<TenantView> all() {
        return registry.all().stream().filter(t -> !t.suspended())
                .map(t -> new TenantView(t.code(), t.name(), t.kind().name(), t.parentCode())).toList();
    }
}
