package nl.dorpskracht.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.campaigns.control.LetterPdf.Signatory;
import nl.dorpskracht.campaigns.control.LetterPdf.SignatoryGroup;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.campaigns.entity.CampaignPosition;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.Cosigner;
import nl.dorpskracht.campaigns.entity.PositionDetails;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * What the letters and the outreach of a campaign are made of: the tenant's own campaign, its speerpunten, the targets
 * it writes to, and the organisations that co-signed it (one query per campaign, matched to each target in memory).
 */
@ApplicationScoped
public class LetterQueries {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl-NL"));

    @Inject
    TransactionFunctions functions;

    /** A target the campaign writes to, with the outreach row. */
    public record Addressed(CampaignAddressee addressee, CampaignTarget target) {
    }

    /** The request's tenant's own campaign; anyone else's, also a national one it may read, is not found. */
    public Campaign ownCampaign(EntityManager entityManager, String tenant, UUID id) {
        Campaign campaign = id == null ? null : entityManager.find(Campaign.class, id);
        if (campaign == null || !tenant.equals(campaign.tenantId())) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND);
        }
        return campaign;
    }

    public List<PositionDetails> positions(EntityManager entityManager, UUID campaignId) {
        return entityManager
                .createQuery("select p from CampaignPosition p where p.campaignId = :id order by p.position",
                        CampaignPosition.class)
                .setParameter("id", campaignId).getResultList().stream().map(CampaignPosition::details).toList();
    }

    /** The targets the campaign writes to, by kind and then name. */
    public List<Addressed> addressees(EntityManager entityManager, UUID campaignId) {
        return addressed(entityManager
                .createQuery("select a, t from CampaignAddressee a, CampaignTarget t"
                        + " where a.campaignId = :id and t.id = a.targetId", Object[].class)
                .setParameter("id", campaignId).getResultList());
    }

    /** One target the campaign writes to, if it does. */
    public java.util.Optional<Addressed> addressee(EntityManager entityManager, UUID campaignId, UUID targetId) {
        return addressed(
                entityManager
                        .createQuery(
                                "select a, t from CampaignAddressee a, CampaignTarget t"
                                        + " where a.campaignId = :id and a.targetId = :target and t.id = a.targetId",
                                Object[].class)
                        .setParameter("id", campaignId).setParameter("target", targetId).getResultList()).stream()
                                .findFirst();
    }

    private static List<Addressed> addressed(List<Object[]> rows) {
        return rows.stream().map(row -> new Addressed((CampaignAddressee) row[0], (CampaignTarget) row[1]))
                .sorted(Comparator.comparing((Addressed a) -> a.target().details().kind())
                        .thenComparing(a -> a.target().details().name(), DUTCH))
                .toList();
    }

    /** Every organisation under the campaign, from every province (the host reads them through the view). */
    public List<Cosigner> cosigners(EntityManager entityManager, String tenant, UUID campaignId) {
        return entityManager.createQuery("select c from Cosigner c where c.hostTenant = :tenant and c.campaignId = :id",
                Cosigner.class).setParameter("tenant", tenant).setParameter("id", campaignId).getResultList();
    }

    /** How a province is named above its organisations: the province, or the association's name without one. */
    public Map<String, String> provinceLabels() {
        return functions.rows("select code, coalesce(province, name) as label from tenant").stream()
                .collect(Collectors.toMap(row -> (String) row.get("code"), row -> (String) row.get("label")));
    }

    /**
     * The organisations sorted by name; for a national campaign in groups per province (by label), otherwise one group
     * without a label.
     */
    public static List<SignatoryGroup> groups(List<Cosigner> cosigners, boolean national, Map<String, String> labels) {
        Comparator<Signatory> byName = Comparator.comparing(Signatory::organisation, DUTCH)
                .thenComparing(Signatory::municipality, Comparator.nullsFirst(DUTCH));
        if (!national) {
            return cosigners.isEmpty() ? List.of() : List.of(
                    new SignatoryGroup(null, cosigners.stream().map(LetterQueries::signatory).sorted(byName).toList()));
        }
        Map<String, List<Signatory>> byProvince = new TreeMap<>(DUTCH);
        for (Cosigner cosigner : cosigners) {
            byProvince.computeIfAbsent(labels.getOrDefault(cosigner.homeTenant(), cosigner.homeTenant()),
                    label -> new java.util.ArrayList<>()).add(signatory(cosigner));
        }
        return byProvince.entrySet().stream()
                .map(entry -> new SignatoryGroup(entry.getKey(), entry.getValue().stream().sorted(byName).toList()))
                .toList();
    }

    private static Signatory signatory(Cosigner cosigner) {
        return new Signatory(cosigner.organisationName().strip(),
                cosigner.municipality() == null ? null : cosigner.municipality().strip());
    }
}
