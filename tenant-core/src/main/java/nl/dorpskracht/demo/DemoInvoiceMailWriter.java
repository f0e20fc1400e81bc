package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.contributions.control.ReminderSchedules;
import nl.dorpskracht.contributions.entity.MunicipalityPayer;
import nl.dorpskracht.contributions.entity.MunicipalityPayerInput;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Seeding is system code, not a request: it names its tenant itself, like {@link DemoContributionWriter}. */
@ApplicationScoped
@Transactional
public class DemoInvoiceMailWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    ReminderSchedules schedules;

    public void addMissing(String tenant, boolean municipalityAddress) {
        tenantWork.workIn(tenant);
        if (schedules.current().version() == 0) {
            schedules.save(ReminderSchedule.validate(List.of(14, 30), "VRIENDELIJK", 0), 0);
        }
        if (!municipalityAddress || entityManager.createQuery("select count(p) from MunicipalityPayer p", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        List<String> largest = entityManager
                .createQuery("select m.municipality from MemberOrganisation m"
                        + " group by m.municipality order by count(m) desc, m.municipality", String.class)
                .setMaxResults(1).getResultList();
        if (largest.isEmpty()) {
            return;
        }
        String name = largest.get(0);
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
        entityManager
                .persist(
                        new MunicipalityPayer(name.strip().toLowerCase(Locale.ROOT),
                                new MunicipalityPayerInput("Gemeente " + name,
                                        "subsidies@" + slug + ".gemeente.example", "Postbus 100", "7400 AC", name)
                                                .validate()));
    }
}
