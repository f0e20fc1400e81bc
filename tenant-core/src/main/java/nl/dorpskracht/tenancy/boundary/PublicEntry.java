package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The gate into a tenant for its public pages ({@code /{tenant}/…}), where nobody logs in: the tenant named in the
 * path, and only that one, if it exists and is not suspended. Nothing else of the request (header, query, cookie) names
 * it. What is read afterwards must be what the association publishes for everyone; the public site's boundary is the
 * only caller, and reads only published, public items through the components' public methods.
 */
@RequestScoped
public class PublicEntry {

    @Inject
    TenantRegistry registry;

    @Inject
    TenantContext context;

    /** The tenant, bound for the rest of the request; empty for an unknown or suspended one (a 404, not a hint). */
    public Optional<Tenant> enter(String tenantCode) {
        Optional<Tenant> tenant = registry.find(tenantCode).filter(found -> !found.suspended());
        tenant.ifPresent(found -> context.bind(found.code()));
        return tenant;
    }
}
