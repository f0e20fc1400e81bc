package nl.dorpskracht.tenancy.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.dorpskracht.platform.database.Datasources;

/**
 * Binds the request's tenant to the transaction's persistence context before the façade runs. It runs inside
 * {@code @Transactional} (a higher priority number), so the property reaches the very persistence context, and through
 * {@link TenantSessionCustomizer} the very connection, the transaction uses.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantBoundInterceptor {

    @Inject
    TenantContext context;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        TenantBinding.bind(entityManager, context.require(), context.regionScope());
        return invocation.proceed();
    }
}
