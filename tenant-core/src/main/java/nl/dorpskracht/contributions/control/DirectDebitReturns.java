package nl.dorpskracht.contributions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.security.audit.control.AuditLog;

/**
 * The mandate's side of a returned direct debit, in the transaction that books it: the collection is marked returned
 * (so the next one is FRST again when it was the first), the mandate is flagged with the reason until an admin edits or
 * confirms it, and the audit log says so.
 */
@ApplicationScoped
public class DirectDebitReturns {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Transactional(TxType.MANDATORY)
    public void returned(@Observes DirectDebitReturned event) {
        String reason = event.reasonCode() == null ? null : event.reasonCode().strip().toUpperCase().substring(0,
                Math.min(4, event.reasonCode().strip().length()));
        entityManager
                .createQuery("select c from MandateCollection c where c.invoiceId = :invoice and c.returnedAt is null"
                        + " order by c.createdAt desc", MandateCollection.class)
                .setParameter("invoice", event.invoiceId()).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(collection -> collection.returned(reason, event.returnedOn()));
        SepaMandate mandate = event.memberId() == null ? null : entityManager.find(SepaMandate.class, event.memberId());
        if (mandate != null) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("returnedReason", new Object[] { mandate.returnedReason(), reason });
            changes.put("returnedOn", new Object[] { mandate.returnedOn(), event.returnedOn() });
            changes.put("endToEndId", new Object[] { null, event.endToEndId() });
            mandate.flagReturned(reason, event.returnedOn());
            audit.record("RETURNED", "SepaMandate", mandate.memberId(), changes);
        }
        entityManager.flush();
    }
}
