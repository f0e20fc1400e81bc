package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** Seeding is system code, not a request: it names its tenant itself instead of going through TenantAccess. */
@ApplicationScoped
@Transactional
public class DemoMembers {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public void addMissing(String tenant, List<MemberInput> inputs) {
        entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
        entityManager.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
        Set<String> present = new HashSet<>(entityManager
                .createQuery("select concat(lower(m.name), '|', lower(m.municipality)) from MemberOrganisation m",
                        String.class)
                .getResultList());
        for (MemberInput input : inputs) {
            MemberDetails details = input.validate();
            String identity = (details.name() + "|" + details.municipality()).toLowerCase(Locale.ROOT);
            if (present.add(identity)) {
                entityManager.persist(new MemberOrganisation(details));
            }
        }
    }
}
