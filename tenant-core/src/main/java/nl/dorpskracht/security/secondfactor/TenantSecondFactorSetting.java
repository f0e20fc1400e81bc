package nl.dorpskracht.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.dorpskracht.platform.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The request's tenant's choice to require a second factor of its administrators ({@link SecondFactorPolicy} says which
 * roles). The tenant table has no row-level security; the update names the tenant the transaction is bound to, never
 * one from the request, so an administrator switches their own tenant's setting only.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TenantSecondFactorSetting {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    public boolean required() {
        return Boolean.TRUE.equals(entityManager
                .createNativeQuery(
                        "select second_factor_required from tenant where code = current_setting('app.tenant_id', true)")
                .getSingleResult());
    }

    public void require(boolean required) {
        boolean before = required();
        if (before == required) {
            return;
        }
        entityManager
                .createNativeQuery("update tenant set second_factor_required = ?1"
                        + " where code = current_setting('app.tenant_id', true)")
                .setParameter(1, required).executeUpdate();
        audit.record("tenant.second-factor-required", "tenant", tenant.require(),
                Map.of("required", new Object[] { before, required }));
    }
}
