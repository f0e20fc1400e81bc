package nl.dorpskracht.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Function;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;

/** The outbox's short transactions in the container: each its own, with the tenant bound as background work does. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class OutboxTransactions implements OutboxRound.Transactions {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Override
    public <T> T inTenant(String tenant, Function<Sql, T> work) {
        tenantWork.workIn(tenant);
        return work.apply(functions::rows);
    }
}
