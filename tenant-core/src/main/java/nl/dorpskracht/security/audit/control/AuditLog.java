package nl.dorpskracht.security.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.security.boundary.Caller;

/** Writes the audit entry in the same transaction as the change it describes: both land, or neither. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Caller caller;

    /**
     * Looked up once: {@code Json.createObjectBuilder()} and {@code Json.createValue} look the provider up through the
     * service loader on every call, which cost more than the rest of an audit entry.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static JsonValue value(Object value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value.toString());
    }

    @Inject
    TransactionFunctions functions;

    /** Replaces the values an entity's entries kept with "(gewist)"; who did what when stays. */
    @Transactional(TxType.MANDATORY)
    public int redact(String entityType, Object entityId) {
        return ((Number) functions
                .rows("select redact_audit_entries(#a0, #a1) as redacted", entityType, String.valueOf(entityId)).get(0)
                .get("redacted")).intValue();
    }

    /** Every entry about one entity, oldest first. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> about(String entityType, Object entityId) {
        return entityManager
                .createQuery("select e from AuditEntry e where e.entityType = :type and e.entityId = :id"
                        + " order by e.occurredAt", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", String.valueOf(entityId)).getResultList();
    }

    @Transactional(TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, Object[]> changes) {
        record(caller.name(), action, entityType, entityId, changes);
    }

    /** For work that runs outside the request that asked for it; {@code actor} is who asked. */
    @Transactional(TxType.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Map<String, Object[]> changes) {
        entityManager.persist(new AuditEntry(actor, action, entityType, String.valueOf(entityId), changesOf(changes)));
    }

    /**
     * An entry prepared for a statement that writes it together with its change (a registration's place, decided in the
     * statement that inserts it): who is calling, and the entry's text as {@link #record} would write it.
     */
    public Prepared prepare(Map<String, Object[]> changes) {
        return new Prepared(caller.name(), changesOf(changes));
    }

    /** Who made a change and what changed, as an audit entry stores it. */
    public record Prepared(String actor, String changes) {
    }

    private static String changesOf(Map<String, Object[]> changes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        changes.forEach((field, beforeAfter) -> json.add(field,
                JSON.createObjectBuilder().add("before", value(beforeAfter[0])).add("after", value(beforeAfter[1]))));
        return json.build().toString();
    }
}
