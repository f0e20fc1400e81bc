package nl.dorpskracht.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Fills in the mails recorded without text (see {@link DeferredMail}), in the recipient's tenant, before their first
 * attempt. The rows are locked while composed, so two instances never compose one twice.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class OutboxComposition {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    Instance<DeferredMail> composers;

    /** Returns how many rows it looked at. */
    public int composeDue(String tenant, int limit) {
        tenantWork.workIn(tenant);
        Sql sql = functions::rows;
        var due = OutboxLedger.toCompose(sql, limit);
        for (OutboxLedger.ToCompose row : due) {
            Optional<DeferredMail.Composed> composed = composers.stream().filter(c -> c.composes(row.kind()))
                    .findFirst().flatMap(composer -> composer.compose(tenant, row.about()));
            if (composed.isPresent()) {
                OutboxLedger.composed(sql, row.id(), composed.get().language(), composed.get().mail());
            } else {
                OutboxLedger.notSent(sql, row.id(), "NOTHING_TO_TELL");
            }
        }
        return due.size();
    }
}
