package nl.dorpskracht.demo;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.campaigns.control.CampaignQueries;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.campaigns.entity.CampaignInput;
import nl.dorpskracht.campaigns.entity.CampaignPosition;
import nl.dorpskracht.campaigns.entity.CampaignStatus;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.Endorsement;
import nl.dorpskracht.campaigns.entity.EndorsementSigner;
import nl.dorpskracht.campaigns.entity.Outcome;
import nl.dorpskracht.campaigns.entity.SignedBy;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.database.Datasources;

/**
 * Seeding is system code, not a request: it names its tenant itself, like {@link DemoMembers}. Each method is one
 * transaction in one tenant, because a province's co-signatures need the host's campaign committed and open.
 */
@ApplicationScoped
@Transactional
public class DemoCampaignWriter {

    private static final String DEMO_SOURCE = "Demo";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    public void addTargets(String tenant, TargetKind kind, List<String> names) {
        tenantWork.workIn(tenant);
        List<String> present = entityManager
                .createQuery("select lower(t.name) from CampaignTarget t where t.kind = :kind", String.class)
                .setParameter("kind", kind).getResultList();
        names.stream().filter(name -> !present.contains(name.toLowerCase(java.util.Locale.ROOT)))
                .forEach(name -> entityManager.persist(
                        new CampaignTarget(new TargetDetails(kind, name, null, null, null, null), DEMO_SOURCE)));
    }

    /** Writes the campaign unless its tenant has one of that title; returns the new campaign's id. */
    public Optional<UUID> addMissing(DemoCampaigns.DemoCampaign demo) {
        tenantWork.workIn(demo.tenant());
        boolean present = entityManager
                .createQuery("select count(c) from Campaign c where c.title = :title", Long.class)
                .setParameter("title", demo.title()).getSingleResult() > 0;
        if (present) {
            return Optional.empty();
        }
        LocalDate today = CampaignQueries.today();
        CampaignInput input = new CampaignInput(demo.title(), demo.summary(), demo.body(), demo.closing(),
                today.minusDays(7).toString(), today.plusDays(90).toString(), demo.national(), demo.positions(),
                List.of());
        CampaignInput.Valid valid = input.validate();
        Campaign campaign = new Campaign(valid.details());
        entityManager.persist(campaign);
        entityManager.flush();
        for (int i = 0; i < valid.positions().size(); i++) {
            entityManager.persist(new CampaignPosition(campaign.id(), i + 1, valid.positions().get(i)));
        }
        entityManager
                .createQuery("select t from CampaignTarget t where t.kind = :kind order by t.name",
                        CampaignTarget.class)
                .setParameter("kind", demo.writesTo()).getResultStream()
                .forEach(target -> entityManager.persist(new CampaignAddressee(campaign.id(), target.id())));
        if (demo.status() != CampaignStatus.DRAFT) {
            campaign.moveTo(CampaignStatus.OPEN);
        }
        entityManager.flush();
        return Optional.of(campaign.id());
    }

    /**
     * The province's first active member organisations co-sign, on behalf of the admin; the organisation of the demo
     * contact login is left out, so that person can sign themselves in the portal.
     */
    public void sign(String province, String host, UUID campaignId, int count) {
        tenantWork.workIn(province);
        List<MemberOrganisation> members = entityManager
                .createQuery("select m from MemberOrganisation m where m.status = :active and m.id not in"
                        + " (select c.organisationId from ContactPerson c where c.accountId is not null)"
                        + " order by m.name", MemberOrganisation.class)
                .setParameter("active", MemberStatus.ACTIVE).setMaxResults(count).getResultList();
        for (MemberOrganisation member : members) {
            Endorsement endorsement = new Endorsement(host, campaignId, member.id(), member.name(),
                    member.municipalityName(), member.municipalityCode());
            entityManager.persist(endorsement);
            entityManager.flush();
            entityManager.persist(new EndorsementSigner(endorsement, SignedBy.ADMIN, null));
        }
        entityManager.flush();
    }

    /** The letters went out a week ago; two parties answered. */
    public void send(String tenant, UUID campaignId) {
        tenantWork.workIn(tenant);
        Campaign campaign = entityManager.find(Campaign.class, campaignId);
        campaign.moveTo(CampaignStatus.SENT);
        List<CampaignAddressee> addressees = entityManager
                .createQuery("select a from CampaignAddressee a where a.campaignId = :id", CampaignAddressee.class)
                .setParameter("id", campaignId).getResultList();
        LocalDate sent = CampaignQueries.today().minusDays(7);
        for (int i = 0; i < addressees.size(); i++) {
            CampaignAddressee addressee = addressees.get(i);
            switch (i) {
            case 0 -> addressee.record(sent, sent.plusDays(3),
                    "Neemt de speerpunten over in het verkiezingsprogramma; gesprek gepland.", Outcome.COMMITTED);
            case 1 -> addressee.record(sent, sent.plusDays(5),
                    "Steunt de speerpunten 1 en 3; aanbesteding blijft een zaak van het college.", Outcome.PARTIAL);
            default -> addressee.record(sent, null, null, Outcome.PENDING);
            }
        }
        entityManager.flush();
    }
}
