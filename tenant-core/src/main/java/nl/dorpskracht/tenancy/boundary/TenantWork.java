package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBinding;

/**
 * The one way work that runs outside a page or REST request (jobs, seeding, the platform console, an invitation's
 * acceptance) works in a tenant: it binds the whole tenant to the running transaction's persistence context, and
 * through {@link nl.dorpskracht.tenancy.control.TenantSessionCustomizer} to the very connection that transaction uses.
 * A transaction works in one tenant only: binding a second one throws. Without a transaction the binding would land on
 * a persistence context nobody reads, so none is refused ({@code MANDATORY}).
 * <p>
 * The caller decides that the work may touch the tenant (a due job, an accepted invitation, the platform's own
 * administrator); requests enter through {@link TenantAccess} instead, which checks the caller's grants first.
 */
@ApplicationScoped
public class TenantWork {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    /** From here to the end of the running transaction, reads and writes are those of {@code tenant}, all regions. */
    @Transactional(TxType.MANDATORY)
    public void workIn(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("Work in a tenant needs the tenant");
        }
        TenantBinding.bindWholeTenant(entityManager, tenant);
    }
}
