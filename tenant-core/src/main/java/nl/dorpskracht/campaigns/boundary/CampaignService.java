package nl.dorpskracht.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.campaigns.control.CampaignQueries;
import nl.dorpskracht.campaigns.control.CampaignQueries.Readable;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.control.LetterQueries;
import nl.dorpskracht.campaigns.control.PositionView;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.campaigns.entity.CampaignInput;
import nl.dorpskracht.campaigns.entity.CampaignPosition;
import nl.dorpskracht.campaigns.entity.CampaignStatus;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.NationalCampaign;
import nl.dorpskracht.campaigns.entity.PositionDetails;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * The lobby campaigns of the request's tenant, and the national campaigns other tenants opened for everyone. Admins
 * write their own: the letter's text and speerpunten while it is a draft, the targets until the letters are sent, and
 * move it forward: DRAFT, OPEN (for co-signing), SENT, CLOSED.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class CampaignService {

    public static final String AUDIT_TYPE = "Campaign";

    /** Which campaigns: the tenant's own, other tenants' national ones ("Landelijk"), or both. */
    public enum Scope {
        LOCAL, NATIONAL, ALL
    }

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    CampaignQueries queries;

    @Inject
    LetterQueries letters;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    Caller caller;

    /** Own campaigns (drafts for admins only) and national ones of others, newest first, with their speerpunten. */
    public List<CampaignView> list(Scope scope) {
        List<Campaign> own = scope == Scope.NATIONAL ? List.of() : queries.own(entityManager, isAdmin());
        List<NationalCampaign> national = scope == Scope.LOCAL ? List.of() : queries.national(entityManager);
        List<UUID> ownIds = own.stream().map(Campaign::id).toList();
        Map<UUID, List<PositionView>> positions = queries.positions(entityManager, ownIds,
                national.stream().map(NationalCampaign::id).toList());
        Map<UUID, List<UUID>> targets = queries.targetIds(entityManager, ownIds);
        List<CampaignView> views = new ArrayList<>();
        own.forEach(c -> views.add(view(Readable.ownOf(c), positions.getOrDefault(c.id(), List.of()),
                targets.getOrDefault(c.id(), List.of()))));
        national.forEach(n -> views.add(view(Readable.nationalOf(n), positions.getOrDefault(n.id(), List.of()), null)));
        return views;
    }

    /** One campaign the caller may read, with its speerpunten; anything else is not found. */
    public CampaignView find(UUID id) {
        return view(readable(id));
    }

    /** The campaign as a {@link Readable}, for the other services of this component. */
    public Readable readable(UUID id) {
        Readable campaign = queries.readable(entityManager, id)
                .orElseThrow(() -> new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND));
        if (campaign.isOwn() && campaign.status() == CampaignStatus.DRAFT && !isAdmin()) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND);
        }
        return campaign;
    }

    public CampaignView create(CampaignInput input) {
        requireAdmin();
        CampaignInput.Valid valid = input.validate();
        requireNationalTenantFor(valid);
        List<CampaignTarget> targets = targets(valid.targetIds());
        Campaign campaign = new Campaign(valid.details());
        entityManager.persist(campaign);
        entityManager.flush();
        writePositions(campaign.id(), valid.positions());
        targets.forEach(t -> entityManager.persist(new CampaignAddressee(campaign.id(), t.id())));
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        valid.details().fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        changes.put("positions", new Object[] { null, describe(valid.positions()) });
        changes.put("targets", new Object[] { null, describeTargets(valid.targetIds()) });
        audit.record("CREATE", AUDIT_TYPE, campaign.id(), changes);
        return view(Readable.ownOf(campaign));
    }

    /**
     * Rewrites a campaign. Its text and speerpunten only while it is a draft: organisations co-sign a text, so it does
     * not change under their names. Targets may change until the letters are sent.
     */
    public CampaignView update(UUID id, Long expectedVersion, CampaignInput input) {
        requireAdmin();
        CampaignInput.Valid valid = input.validate();
        Campaign campaign = own(id);
        if (expectedVersion == null || expectedVersion != campaign.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        requireNationalTenantFor(valid);
        List<PositionDetails> positionsBefore = positionsOf(id);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        boolean textChanges = !campaign.details().equals(valid.details()) || !positionsBefore.equals(valid.positions());
        if (textChanges && campaign.status() != CampaignStatus.DRAFT) {
            throw new ProblemException(ProblemCode.CAMPAIGN_STATUS,
                    "De tekst en de speerpunten liggen vast zodra de campagne openstaat voor ondertekening.");
        }
        changes.putAll(campaign.describe(valid.details()));
        if (!positionsBefore.equals(valid.positions())) {
            entityManager.createQuery("delete from CampaignPosition p where p.campaignId = :id").setParameter("id", id)
                    .executeUpdate();
            writePositions(id, valid.positions());
            changes.put("positions", new Object[] { describe(positionsBefore), describe(valid.positions()) });
        }
        Set<UUID> targetsBefore = queries.addressees(entityManager, id).stream().map(CampaignAddressee::targetId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!targetsBefore.equals(valid.targetIds())) {
            if (campaign.status() == CampaignStatus.SENT || campaign.status() == CampaignStatus.CLOSED) {
                throw new ProblemException(ProblemCode.CAMPAIGN_STATUS,
                        "De brieven zijn verstuurd; de geadresseerden liggen vast.");
            }
            List<CampaignTarget> targets = targets(valid.targetIds());
            queries.addressees(entityManager, id).stream().filter(a -> !valid.targetIds().contains(a.targetId()))
                    .forEach(entityManager::remove);
            targets.stream().filter(t -> !targetsBefore.contains(t.id()))
                    .forEach(t -> entityManager.persist(new CampaignAddressee(id, t.id())));
            changes.put("targets", new Object[] { describeTargets(targetsBefore), describeTargets(valid.targetIds()) });
        }
        if (!changes.isEmpty()) {
            campaign.touch();
            entityManager.flush();
            audit.record("UPDATE", AUDIT_TYPE, id, changes);
        }
        return view(Readable.ownOf(campaign));
    }

    /**
     * Moves the campaign forward. Opening needs at least one speerpunt; sending needs at least one target, and marks
     * the letters to targets without a recorded date as sent today.
     */
    public CampaignView move(UUID id, Long expectedVersion, String status) {
        requireAdmin();
        InputFields fields = new InputFields();
        CampaignStatus next = fields.choice("status", status, CampaignStatus.class, "required.campaignStatus",
                "invalid.campaignStatus");
        if (expectedVersion == null) {
            fields.fail("version", "required.version");
        }
        fields.throwIfInvalid();
        Campaign campaign = own(id);
        if (expectedVersion != campaign.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        CampaignStatus before = campaign.status();
        if (!before.mayMoveTo(next)) {
            throw new ProblemException(ProblemCode.CAMPAIGN_STATUS);
        }
        if (next == CampaignStatus.OPEN && positionsOf(id).isEmpty()) {
            throw ProblemException.invalid(List.of(FieldError.field("positions", "required.positionTitle")));
        }
        List<CampaignAddressee> addressees = queries.addressees(entityManager, id);
        if (next == CampaignStatus.SENT) {
            if (addressees.isEmpty()) {
                throw ProblemException.invalid(List.of(FieldError.field("targetIds", "required.targets")));
            }
            addressees.forEach(a -> a.sentUnlessRecorded(CampaignQueries.today()));
        }
        campaign.moveTo(next);
        entityManager.flush();
        audit.record("UPDATE", AUDIT_TYPE, id, Map.of("status", new Object[] { before, next }));
        return view(Readable.ownOf(campaign));
    }

    /** Deletes a draft; a campaign that was ever open stays, for the record. */
    public void delete(UUID id) {
        requireAdmin();
        Campaign campaign = own(id);
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new ProblemException(ProblemCode.CAMPAIGN_STATUS,
                    "Alleen een concept kan worden verwijderd; sluit de campagne anders af.");
        }
        entityManager.remove(campaign);
        entityManager.flush();
        audit.record("DELETE", AUDIT_TYPE, id, Map.of("title", new Object[] { campaign.details().title(), null }));
    }

    private Campaign own(UUID id) {
        Campaign campaign = id == null ? null : entityManager.find(Campaign.class, id);
        if (campaign == null) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND);
        }
        return campaign;
    }

    private void requireNationalTenantFor(CampaignInput.Valid valid) {
        boolean nationalTenant = registry.find(tenant.require()).map(t -> t.kind() == TenantKind.NATIONAL)
                .orElse(false);
        if (valid.details().national() && !nationalTenant) {
            throw new ProblemException(ProblemCode.NATIONAL_CAMPAIGN_NOT_ALLOWED);
        }
    }

    /** The tenant's own targets with these ids; an id that is not on its list is a field error, whoever owns it. */
    private List<CampaignTarget> targets(Set<UUID> ids) {
        List<CampaignTarget> found = ids.isEmpty() ? List.of()
                : entityManager.createQuery("select t from CampaignTarget t where t.id in :ids", CampaignTarget.class)
                        .setParameter("ids", List.copyOf(ids)).getResultList();
        if (found.size() != ids.size()) {
            throw ProblemException.invalid(List.of(FieldError.field("targetIds", "invalid.targetId")));
        }
        return found;
    }

    private void writePositions(UUID campaignId, List<PositionDetails> positions) {
        for (int i = 0; i < positions.size(); i++) {
            entityManager.persist(new CampaignPosition(campaignId, i + 1, positions.get(i)));
        }
        entityManager.flush();
    }

    private List<PositionDetails> positionsOf(UUID campaignId) {
        return letters.positions(entityManager, campaignId);
    }

    private CampaignView view(Readable campaign) {
        List<UUID> targets = campaign.isOwn()
                ? queries.addressees(entityManager, campaign.id()).stream().map(CampaignAddressee::targetId).toList()
                : null;
        return view(campaign, queries.positions(entityManager, campaign), targets);
    }

    private CampaignView view(Readable campaign, List<PositionView> positions, List<UUID> targets) {
        String host = campaign.isOwn() ? tenant.require() : campaign.nationalCampaign().hostTenant();
        return CampaignView.of(campaign, host, registry.nameOf(host), positions, targets);
    }

    private static String describe(List<PositionDetails> positions) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            titles.add((i + 1) + ". " + positions.get(i).title());
        }
        return String.join(" | ", titles);
    }

    private static String describeTargets(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private boolean isAdmin() {
        return caller.holds(tenant.require(), Role.TENANT_ADMIN);
    }

    private void requireAdmin() {
        if (!isAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
