package nl.dorpskracht.tenancy.control;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * Binds a tenant (and region scope) to the transaction's persistence context. Used by {@link TenantBoundInterceptor}
 * for requests, and by system work that runs outside a request (seeding, background jobs) after the request that
 * started it passed {@link nl.dorpskracht.tenancy.boundary.TenantAccess}.
 */
public final class TenantBinding {

    private TenantBinding() {
    }

    public static void bind(EntityManager entityManager, String tenant, String regionScope) {
        Object bound = entityManager.getProperties().get(TenantOwned.TENANT_PROPERTY);
        if (bound == null) {
            entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, regionScope);
            entityManager.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
        } else if (!Objects.equals(bound, tenant)
                || !Objects.equals(entityManager.getProperties().get(TenantOwned.REGION_SCOPE_PROPERTY), regionScope)) {
            throw new IllegalStateException("A transaction works in one tenant and scope only");
        }
    }

    public static void bindWholeTenant(EntityManager entityManager, String tenant) {
        bind(entityManager, tenant, TenantOwned.ALL_REGIONS);
    }
}
