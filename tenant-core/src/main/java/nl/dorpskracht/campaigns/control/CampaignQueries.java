package nl.dorpskracht.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.campaigns.entity.CampaignDetails;
import nl.dorpskracht.campaigns.entity.CampaignPosition;
import nl.dorpskracht.campaigns.entity.CampaignStatus;
import nl.dorpskracht.campaigns.entity.NationalCampaign;
import nl.dorpskracht.campaigns.entity.NationalCampaignPosition;
import nl.dorpskracht.platform.time.DutchTime;

/** Reads campaigns inside the caller's transaction: the tenant's own, and other tenants' national ones. */
@ApplicationScoped
public class CampaignQueries {

    private static final int LIST_MAX = 500;

    /** A campaign the caller's tenant may read: its own, or another tenant's national one past the draft. */
    public Optional<Readable> readable(EntityManager entityManager, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Campaign own = entityManager.find(Campaign.class, id);
        if (own != null) {
            return Optional.of(Readable.ownOf(own));
        }
        return entityManager.createQuery("select n from NationalCampaign n where n.id = :id", NationalCampaign.class)
                .setParameter("id", id).getResultStream().findFirst().map(Readable::nationalOf);
    }

    public List<Campaign> own(EntityManager entityManager, boolean withDrafts) {
        var query = entityManager.createQuery("select c from Campaign c"
                + (withDrafts ? "" : " where c.status <> :draft") + " order by c.createdAt desc, c.id", Campaign.class);
        if (!withDrafts) {
            query.setParameter("draft", CampaignStatus.DRAFT);
        }
        return query.setMaxResults(LIST_MAX).getResultList();
    }

    public List<NationalCampaign> national(EntityManager entityManager) {
        return entityManager
                .createQuery("select n from NationalCampaign n order by n.openedAt desc, n.id", NationalCampaign.class)
                .setMaxResults(LIST_MAX).getResultList();
    }

    public List<PositionView> positions(EntityManager entityManager, Readable campaign) {
        List<UUID> id = List.of(campaign.id());
        return positions(entityManager, campaign.isOwn() ? id : List.of(), campaign.isOwn() ? List.of() : id)
                .getOrDefault(campaign.id(), List.of());
    }

    /** The speerpunten of many campaigns at once (own and national ones), by campaign, in order. */
    public Map<UUID, List<PositionView>> positions(EntityManager entityManager, List<UUID> own, List<UUID> national) {
        Map<UUID, List<PositionView>> positions = new HashMap<>();
        if (!own.isEmpty()) {
            entityManager
                    .createQuery("select p from CampaignPosition p where p.campaignId in :ids"
                            + " order by p.campaignId, p.position", CampaignPosition.class)
                    .setParameter("ids", own).getResultStream()
                    .forEach(p -> positions.computeIfAbsent(p.campaignId(), id -> new ArrayList<>())
                            .add(PositionView.of(p.position(), p.details())));
        }
        if (!national.isEmpty()) {
            entityManager
                    .createQuery("select p from NationalCampaignPosition p where p.campaignId in :ids"
                            + " order by p.campaignId, p.position", NationalCampaignPosition.class)
                    .setParameter("ids", national).getResultStream()
                    .forEach(p -> positions.computeIfAbsent(p.campaignId(), id -> new ArrayList<>())
                            .add(PositionView.of(p.position(), p.details())));
        }
        return positions;
    }

    /** The targets of many own campaigns at once, by campaign. */
    public Map<UUID, List<UUID>> targetIds(EntityManager entityManager, List<UUID> own) {
        Map<UUID, List<UUID>> targets = new HashMap<>();
        if (!own.isEmpty()) {
            entityManager
                    .createQuery("select a from CampaignAddressee a where a.campaignId in :ids",
                            CampaignAddressee.class)
                    .setParameter("ids", own).getResultStream()
                    .forEach(a -> targets.computeIfAbsent(a.campaignId(), id -> new ArrayList<>()).add(a.targetId()));
        }
        return targets;
    }

    public List<CampaignAddressee> addressees(EntityManager entityManager, UUID campaignId) {
        return entityManager
                .createQuery("select a from CampaignAddressee a where a.campaignId = :id", CampaignAddressee.class)
                .setParameter("id", campaignId).getResultList();
    }

    public static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    /**
     * A campaign as one of two sources gives it: the tenant's own entity or another tenant's national campaign. Exactly
     * one of {@code own} and {@code national} is set.
     */
    public record Readable(Campaign ownCampaign, NationalCampaign nationalCampaign) {

        public static Readable ownOf(Campaign campaign) {
            return new Readable(campaign, null);
        }

        public static Readable nationalOf(NationalCampaign campaign) {
            return new Readable(null, campaign);
        }

        public boolean isOwn() {
            return ownCampaign != null;
        }

        public UUID id() {
            return isOwn() ? ownCampaign.id() : nationalCampaign.id();
        }

        public CampaignStatus status() {
            return isOwn() ? ownCampaign.status() : nationalCampaign.status();
        }

        public CampaignDetails details() {
            return isOwn() ? ownCampaign.details() : nationalCampaign.details();
        }

        /** Open for co-signing today: the database's policy asks the same in {@code campaign_accepts_endorsements}. */
        public boolean openForSigning() {
            LocalDate closes = details().closesOn();
            return status() == CampaignStatus.OPEN && (closes == null || !closes.isBefore(today()));
        }
    }
}
