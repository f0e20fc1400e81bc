package nl.dorpskracht.campaigns.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * Gives every tenant, once, the municipal councils of its province and its Provinciale Staten as targets, from the
 * municipality register (CBS). Real reference data: it runs at every start, not only in demo mode, and seeds a tenant
 * only the first time, so what an admin deleted stays deleted.
 */
@ApplicationScoped
public class TargetListSeeder {

    private static final Logger LOG = Logger.getLogger(TargetListSeeder.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    TargetListWriter writer;

    /** Early: reference data, before the demo data that writes campaigns to these targets. */
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DatabaseReady ready) {
        for (Tenant tenant : tenants.all()) {
            int seeded = writer.seedOnce(tenant.code(), tenant.provinceCode());
            if (seeded > 0) {
                LOG.info(() -> "Target list of " + tenant.code() + " seeded with " + seeded + " targets");
            }
        }
    }
}
