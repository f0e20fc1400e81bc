package nl.dorpskracht.demo;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.contributions.control.CreditorIdentifier;
import nl.dorpskracht.contributions.entity.ContributionPlan;
import nl.dorpskracht.contributions.entity.ContributionTier;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.MemberContribution;
import nl.dorpskracht.contributions.entity.PlanDetails;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.platform.database.Datasources;
import org.iban4j.IbanUtil;

/** Seeding is system code, not a request: it names its tenant itself, like {@link DemoMembers}. */
@ApplicationScoped
@Transactional
public class DemoContributionWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    public void addMissing(DemoContributions.DemoPlan demo) {
        tenantWork.workIn(demo.tenant());
        ContributionPlan plan = entityManager
                .createQuery("select p from ContributionPlan p where p.name = :name", ContributionPlan.class)
                .setParameter("name", demo.name()).getResultStream().findFirst().orElse(null);
        if (plan == null) {
            plan = new ContributionPlan(
                    new PlanDetails(demo.name(), demo.kind(), demo.amountCents(), true, demo.tiers()));
            entityManager.persist(plan);
            UUID planId = plan.id();
            demo.tiers().forEach(tier -> entityManager.persist(new ContributionTier(planId, tier)));
        }
        List<UUID> without = entityManager.createQuery("select m.id from MemberOrganisation m where m.status = :active"
                + " and not exists (select c from MemberContribution c where c.memberId = m.id) order by m.name",
                UUID.class).setParameter("active", MemberStatus.ACTIVE).getResultList();
        for (UUID member : without) {
            entityManager.persist(new MemberContribution(member, plan.id(), demo.payer()));
        }
        if (entityManager.createQuery("select count(c) from SepaCreditor c", Long.class).getSingleResult() == 0) {
            DemoContributions.DemoCreditor creditor = demo.creditor();
            entityManager.persist(new SepaCreditor(new CreditorDetails(creditor.name(), creditor.iban(), creditor.bic(),
                    CreditorIdentifier.withCheckDigits("NL", "ZZZ", creditor.chamberOfCommerce() + "0000"))));
        }
        if (entityManager.createQuery("select count(s) from SepaMandate s", Long.class).getSingleResult() == 0) {
            List<UUID> first = entityManager
                    .createQuery("select m.id from MemberOrganisation m where m.status = :active order by m.name",
                            UUID.class)
                    .setParameter("active", MemberStatus.ACTIVE).setMaxResults(DemoContributions.MANDATES)
                    .getResultList();
            int n = 1;
            for (UUID member : first) {
                String bban = "RABO" + String.format("%010d", 300_000_000L + n * 7919L);
                String iban = "NL" + IbanUtil.calculateCheckDigit("NL00" + bban) + bban;
                entityManager.persist(new SepaMandate(member, new MandateDetails(iban, null,
                        demo.tenant().toUpperCase() + "-MACHT-" + String.format("%04d", n), LocalDate.of(2024, 1, n))));
                n++;
            }
        }
    }
}
