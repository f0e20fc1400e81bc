package nl.dorpskracht.tenancy.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * The tenant a request works in, and the regions of it the caller may see, bound only by
 * {@link nl.dorpskracht.tenancy.boundary.TenantAccess} after the caller's grants were checked. Never filled from a
 * body, header or query string.
 */
@RequestScoped
public class TenantContext {

    private String tenant;

    private String regionScope;

    /** The whole tenant. */
    public void bind(String tenantCode) {
        bind(tenantCode, TenantOwned.ALL_REGIONS);
    }

    /** Only the named regions of the tenant; no regions means no region-scoped rows at all. */
    public void bindRegions(String tenantCode, List<String> regions) {
        bind(tenantCode, String.join("|", regions));
    }

    private void bind(String tenantCode, String scope) {
        if (tenant != null && (!tenant.equals(tenantCode) || !regionScope.equals(scope))) {
            throw new IllegalStateException("A request works in one tenant and scope only");
        }
        tenant = tenantCode;
        regionScope = scope;
    }

    public String require() {
        if (tenant == null) {
            throw new MissingTenantException("a tenant-bound call");
        }
        return tenant;
    }

    public String regionScope() {
        require();
        return regionScope;
    }

    public boolean isRegionScoped() {
        return !TenantOwned.ALL_REGIONS.equals(regionScope());
    }
}
