package nl.dorpskracht.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.TransactionFunctions;
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

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TransactionFunctions functions;

    public boolean required() {
        return Boolean.TRUE.equals(functions.rows("select second_factor_required as required from tenant"
                + " where code = current_setting('app.tenant_id', true)").get(0).get("required"));
    }

    public void require(boolean required) {
        boolean before = required();
        if (before == required) {
            return;
        }
        functions.execute("update tenant set second_factor_required = #a0"
                + " where code = current_setting('app.tenant_id', true)", required);
        audit.record("tenant.second-factor-required", "tenant", tenant.require(),
                Map.of("required", new Object[] { before, required }));
    }
}
