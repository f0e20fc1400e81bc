package nl.dorpskracht.admin.matching;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.matching.boundary.Volunteers;
import nl.dorpskracht.matching.control.Skill;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national list of skills, the same for every association. */
@Path("/v1/{tenant}/skills")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR })
@Tag(name = "Vraag en aanbod")
@SecurityRequirement(name = "basic")
public class SkillsResource {

    @Inject
    Volunteers volunteers;

    @GET
    @Operation(summary = "The skills a volunteer can offer and a request can ask for, with Dutch and English labels")
    public List<Skill> list() {
        return volunteers.skills();
    }
}
