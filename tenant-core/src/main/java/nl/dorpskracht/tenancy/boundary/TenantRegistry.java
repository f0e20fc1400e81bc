package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.entity.Tenant;

/** The associations on the platform. Public knowledge: their names are on the website of each of them. */
@ApplicationScoped
@Transactional
public class TenantRegistry {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public List<Tenant> all() {
        return entityManager.createQuery("select t from Tenant t order by t.kind, t.code", Tenant.class)
                .getResultList();
    }

    public Optional<Tenant> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Tenant.class, code));
    }
}
