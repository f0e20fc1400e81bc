package nl.dorpskracht.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dorpskracht.members.entity.Region;

/** Reads the tenant's regions inside the caller's transaction; regions are matched without regard to case. */
@ApplicationScoped
public class RegionQueries {

    public Optional<Region> findByName(EntityManager entityManager, String name) {
        return entityManager.createQuery("select r from Region r where lower(r.name) = :name", Region.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public List<Region> all(EntityManager entityManager) {
        return entityManager.createQuery("select r from Region r order by r.name", Region.class).getResultList();
    }
}
