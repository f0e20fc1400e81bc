package nl.dorpskracht.tenancy.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant a request works in, bound only by {@link nl.dorpskracht.tenancy.boundary.TenantAccess} after the caller's
 * grants were checked. Never filled from a body, header or query string.
 */
@RequestScoped
public class TenantContext {

    private String tenant;

    public void bind(String tenantCode) {
        if (tenant != null && !tenant.equals(tenantCode)) {
            throw new IllegalStateException("A request works in one tenant only");
        }
        tenant = tenantCode;
    }

    public String require() {
        if (tenant == null) {
            throw new MissingTenantException("a tenant-bound call");
        }
        return tenant;
    }
}
