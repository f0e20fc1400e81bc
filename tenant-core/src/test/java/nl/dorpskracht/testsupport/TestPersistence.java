package nl.dorpskracht.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantSessionCustomizer;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The production persistence unit (same mappings, same tenant customizer) outside the container, connected as the
 * application role. Only the transaction type differs: resource-local instead of JTA.
 */
public final class TestPersistence {

    private static EntityManagerFactory factory;

    private TestPersistence() {
    }

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
            properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
            properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, TestDatabase.application());
            properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, TenantSessionCustomizer.class.getName());
            // Allowed here only so the tests can prove that row-level security holds native SQL too.
            properties.put(PersistenceUnitProperties.ALLOW_NATIVE_SQL_QUERIES, "true");
            properties.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
            factory = Persistence.createEntityManagerFactory(Datasources.PERSISTENCE_UNIT, properties);
        }
        return factory;
    }

    public static EntityManager forTenant(String tenant) {
        return factory().createEntityManager(Map.of(TenantOwned.TENANT_PROPERTY, tenant,
                TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS));
    }

    public static EntityManager withoutTenant() {
        return factory().createEntityManager();
    }
}
