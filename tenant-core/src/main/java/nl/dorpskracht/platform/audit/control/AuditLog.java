package nl.dorpskracht.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import nl.dorpskracht.platform.audit.entity.AuditEntry;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.security.boundary.Caller;

/** Writes the audit entry in the same transaction as the change it describes: both land, or neither. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    Caller caller;

    private static JsonValue value(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    @Transactional(TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, Object[]> changes) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        changes.forEach((field, beforeAfter) -> json.add(field,
                Json.createObjectBuilder().add("before", value(beforeAfter[0])).add("after", value(beforeAfter[1]))));
        entityManager.persist(
                new AuditEntry(caller.name(), action, entityType, String.valueOf(entityId), json.build().toString()));
    }
}
