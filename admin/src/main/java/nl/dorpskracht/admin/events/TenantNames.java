package nl.dorpskracht.admin.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;

/** The display name of a tenant, or its code when it is unknown. */
@ApplicationScoped
public class TenantNames {

    @Inject
    TenantRegistry registry;

    public String of(String code) {
        return registry.find(code).map(Tenant::name).orElse(code);
    }
}
