package nl.dorpskracht.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.secondfactor.TenantSecondFactorSetting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the tenant requires a second factor of its administrators; switched by them, audited. */
@Path("/v1/{tenant}/settings/second-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Settings", description = "The tenant's security settings")
@SecurityRequirement(name = "basic")
public class SecondFactorSettingResource {

    @Inject
    TenantSecondFactorSetting setting;

    public record Setting(Boolean required) {
    }

    @GET
    @Operation(summary = "Whether administrators of this tenant must log in with a second factor")
    public Setting get() {
        return new Setting(setting.required());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Require a second factor of this tenant's administrators, or not")
    public Setting put(Setting request) {
        if (request == null || request.required() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("required", "invalid.value")));
        }
        setting.require(request.required());
        return new Setting(setting.required());
    }
}
