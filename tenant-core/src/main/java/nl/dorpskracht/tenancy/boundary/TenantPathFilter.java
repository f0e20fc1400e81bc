package nl.dorpskracht.tenancy.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Enters the tenant named in the path, and only that one, after checking the caller's grants. Whatever tenant a body,
 * header or query string names is never read.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantPathFilter implements ContainerRequestFilter {

    public static final String TENANT_PARAMETER = "tenant";

    @Context
    ResourceInfo resource;

    @Inject
    TenantAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> tenant = request.getUriInfo().getPathParameters().get(TENANT_PARAMETER);
        if (tenant == null || tenant.isEmpty()) {
            return;
        }
        TenantRoles roles = resource.getResourceMethod().getAnnotation(TenantRoles.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(TenantRoles.class);
        }
        if (roles == null) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        access.enter(tenant.get(0), roles.value());
    }
}
