package nl.dorpskracht.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.entity.Tenant;

@ApplicationScoped
public class TenantStore {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Transactional
    public List<Tenant> loadAll() {
        // refreshed: the console changes rows by SQL, which the shared cache would not see
        return entityManager.createQuery("select t from Tenant t order by t.kind, t.code", Tenant.class)
                .setHint("eclipselink.refresh", Boolean.TRUE).getResultList();
    }
}
