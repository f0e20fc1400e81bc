package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The one gate into a tenant: checks the caller's grants for the tenant named in the path and only then binds it for
 * the request. A tenant the caller holds nothing in looks exactly like a tenant that does not exist. A regional
 * ambassador, where an endpoint admits them, enters the tenant narrowed to their regions.
 */
@RequestScoped
public class TenantAccess {

    @Inject
    TenantGrants caller;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantContext context;

    public void enter(String tenantCode, Role... allowed) {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        if (registry.find(tenantCode).filter(tenant -> !tenant.suspended()).isEmpty()
                || !caller.hasAnyGrantIn(tenantCode)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        List<Role> tenantWide = Arrays.stream(allowed).filter(role -> role != Role.REGIONAL_AMBASSADOR).toList();
        if (caller.holds(tenantCode, tenantWide.toArray(Role[]::new))) {
            context.bind(tenantCode);
        } else if (tenantWide.size() < allowed.length && caller.holds(tenantCode, Role.REGIONAL_AMBASSADOR)) {
            context.bindRegions(tenantCode, caller.ambassadorRegionsIn(tenantCode));
        } else {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
