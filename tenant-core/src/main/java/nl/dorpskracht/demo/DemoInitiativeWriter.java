package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.projects.entity.OrganisationFacts;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Writes one tenant's demo initiatives in one transaction, published, those whose title it does not have yet. */
@ApplicationScoped
@Transactional
public class DemoInitiativeWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    public int addMissing(String tenant, List<DemoInitiatives.DemoInitiative> initiatives) {
        tenantWork.workIn(tenant);
        List<String> titles = entityManager.createQuery("select i.title from Initiative i", String.class)
                .getResultList();
        int added = 0;
        for (DemoInitiatives.DemoInitiative demo : initiatives) {
            if (titles.contains(demo.details().title())) {
                continue;
            }
            entityManager.persist(new Initiative(demo.details(),
                    new OrganisationFacts(demo.organisation(), demo.memberType()), InitiativeStatus.PUBLISHED));
            added++;
        }
        entityManager.flush();
        return added;
    }
}
