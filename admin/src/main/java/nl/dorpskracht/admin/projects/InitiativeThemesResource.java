package nl.dorpskracht.admin.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national list of Projectenbank themes, the same in every association. */
@Path("/v1/{tenant}/initiative-themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
@Tag(name = "Initiatives")
@SecurityRequirement(name = "basic")
public class InitiativeThemesResource {

    /** A theme as the API gives it. */
    public record Theme(String code, String labelNl, String labelEn, boolean active) {
    }

    @Inject
    InitiativeService initiatives;

    @GET
    @Operation(summary = "The themes, in their order (code, Dutch and English label, active)")
    public List<Theme> themes() {
        return initiatives.themes().stream().map(t -> new Theme(t.code(), t.labelNl(), t.labelEn(), t.active()))
                .toList();
    }
}
