package nl.dorpskracht.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CampaignQueries.Readable;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.control.CampaignView.OwnEndorsement;
import nl.dorpskracht.campaigns.control.CosignerCounts;
import nl.dorpskracht.campaigns.control.CosignerView;
import nl.dorpskracht.campaigns.control.EndorsementView;
import nl.dorpskracht.campaigns.entity.Cosigner;
import nl.dorpskracht.campaigns.entity.Endorsement;
import nl.dorpskracht.campaigns.entity.EndorsementKey;
import nl.dorpskracht.campaigns.entity.EndorsementSigner;
import nl.dorpskracht.campaigns.entity.SignedBy;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.RowSecurityRefusals;
import nl.dorpskracht.platform.database.UniqueViolations;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * Co-signing: a member organisation puts its name under a campaign of its own province or a national one, through one
 * of its contact persons or an admin of the province; once per organisation, withdrawn only while the campaign is open.
 * The co-signature lives in the organisation's own province. The campaign's host reads organisations and counts, never
 * who signed.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class EndorsementService {

    public static final String AUDIT_TYPE = "Endorsement";
    public static final String ONE_PER_MEMBER = "endorsement_one_per_member";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    CampaignService campaigns;

    @Inject
    ContactService contacts;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    Caller caller;

    /** The caller, as contact person, co-signs for their own organisation. */
    public OwnEndorsement sign(UUID campaignId) {
        ContactPerson contact = contacts.ofCaller();
        Readable campaign = campaigns.readable(campaignId);
        Endorsement endorsement = write(campaign, organisation(contact.organisationId()), SignedBy.SELF, contact.id());
        return new OwnEndorsement(endorsement.memberId(), endorsement.organisationName(), true, endorsement.signedAt());
    }

    /** An admin co-signs on behalf of one of the province's member organisations. */
    public EndorsementView signFor(UUID campaignId, UUID memberId) {
        requireAdmin();
        Readable campaign = campaigns.readable(campaignId);
        Endorsement endorsement = write(campaign, organisation(memberId), SignedBy.ADMIN, null);
        return view(endorsement, SignedBy.ADMIN, null);
    }

    /** Withdraws an organisation's co-signature: an admin for any of the province's, a contact person for their own. */
    public void withdraw(UUID campaignId, UUID memberId) {
        Readable campaign = campaigns.readable(campaignId);
        if (!isAdmin()) {
            UUID own = contacts.ofCaller().organisationId();
            if (!own.equals(memberId)) {
                throw new ProblemException(ProblemCode.ENDORSEMENT_NOT_FOUND);
            }
        }
        Endorsement endorsement = memberId == null ? null
                : entityManager.find(Endorsement.class, new EndorsementKey(hostOf(campaign), campaign.id(), memberId));
        if (endorsement == null) {
            throw new ProblemException(ProblemCode.ENDORSEMENT_NOT_FOUND);
        }
        if (!campaign.openForSigning()) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_OPEN);
        }
        int removed = entityManager
                .createQuery("delete from Endorsement e where e.hostTenant = :host"
                        + " and e.campaignId = :campaign and e.memberId = :member")
                .setParameter("host", hostOf(campaign)).setParameter("campaign", campaign.id())
                .setParameter("member", memberId).executeUpdate();
        if (removed != 1) {
            // the policy on the table refused: the campaign closed since it was read
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_OPEN);
        }
        audit.record("DELETE", AUDIT_TYPE, campaign.id(), Map.of("member", new Object[] { memberId, null }));
    }

    /** The campaigns as a contact person sees them: with whether their own organisation co-signed each. */
    public List<CampaignView> withOwnEndorsements(List<CampaignView> views) {
        ContactPerson contact = contacts.ofCaller();
        MemberOrganisation member = entityManager.find(MemberOrganisation.class, contact.organisationId());
        Map<UUID, Endorsement> signed = new HashMap<>();
        entityManager.createQuery("select e from Endorsement e where e.memberId = :member", Endorsement.class)
                .setParameter("member", contact.organisationId()).getResultStream()
                .forEach(e -> signed.put(e.campaignId(), e));
        return views.stream().map(view -> {
            Endorsement endorsement = signed.get(view.id());
            return view.withOwnEndorsement(
                    new OwnEndorsement(contact.organisationId(), member == null ? null : member.name(),
                            endorsement != null, endorsement == null ? null : endorsement.signedAt()));
        }).toList();
    }

    /** The province's own co-signatures of a campaign, with who signed; a contact person sees their organisation's. */
    public List<EndorsementView> ofProvince(UUID campaignId) {
        Readable campaign = campaigns.readable(campaignId);
        String host = hostOf(campaign);
        var query = entityManager.createQuery(
                "select e from Endorsement e where e.hostTenant = :host" + " and e.campaignId = :campaign"
                        + (isAdmin() ? "" : " and e.memberId = :member") + " order by e.organisationName, e.memberId",
                Endorsement.class).setParameter("host", host).setParameter("campaign", campaign.id());
        if (!isAdmin()) {
            query.setParameter("member", contacts.ofCaller().organisationId());
        }
        List<Endorsement> endorsements = query.getResultList();
        Map<UUID, EndorsementSigner> signers = new HashMap<>();
        entityManager
                .createQuery(
                        "select s from EndorsementSigner s where s.hostTenant = :host and s.campaignId = :campaign",
                        EndorsementSigner.class)
                .setParameter("host", host).setParameter("campaign", campaign.id()).getResultStream()
                .forEach(s -> signers.put(s.memberId(), s));
        Map<UUID, String> names = contactNames(signers.values().stream().map(EndorsementSigner::contactId)
                .filter(java.util.Objects::nonNull).toList());
        return endorsements.stream().map(e -> {
            EndorsementSigner signer = signers.get(e.memberId());
            SignedBy by = signer == null ? null : signer.signedBy();
            String name = signer == null || signer.contactId() == null ? null : names.get(signer.contactId());
            return view(e, by, name);
        }).toList();
    }

    /** Every organisation under the tenant's own campaign, from every province: for its host only. */
    public List<CosignerView> cosigners(UUID campaignId) {
        Readable campaign = hosted(campaignId);
        return cosignersOf(campaign.id()).stream().map(c -> new CosignerView(c.organisationName(), c.municipality(),
                c.homeTenant(), registry.nameOf(c.homeTenant()), c.signedAt())).toList();
    }

    /** How many organisations co-signed the tenant's own campaign, per province and per municipality. */
    public CosignerCounts counts(UUID campaignId) {
        Readable campaign = hosted(campaignId);
        Map<String, Long> perProvince = new LinkedHashMap<>();
        Map<String, Long> perMunicipality = new LinkedHashMap<>();
        entityManager
                .createQuery("select c.homeTenant, c.municipality, count(c) from Cosigner c where c.hostTenant = :host"
                        + " and c.campaignId = :campaign group by c.homeTenant, c.municipality"
                        + " order by c.homeTenant, c.municipality", Object[].class)
                .setParameter("host", tenant.require()).setParameter("campaign", campaign.id()).getResultStream()
                .forEach(row -> {
                    long count = ((Number) row[2]).longValue();
                    perProvince.merge((String) row[0], count, Long::sum);
                    perMunicipality.merge(row[0] + "\u0000" + row[1], count, Long::sum);
                });
        List<CosignerCounts.ProvinceCount> provinces = perProvince.entrySet().stream()
                .map(e -> new CosignerCounts.ProvinceCount(e.getKey(), registry.nameOf(e.getKey()), e.getValue()))
                .toList();
        List<CosignerCounts.MunicipalityCount> municipalities = perMunicipality.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\u0000", 2);
            return new CosignerCounts.MunicipalityCount(key[1], key[0], e.getValue());
        }).toList();
        return new CosignerCounts(perProvince.values().stream().mapToLong(Long::longValue).sum(), provinces,
                municipalities);
    }

    private List<Cosigner> cosignersOf(UUID campaignId) {
        return entityManager
                .createQuery("select c from Cosigner c where c.hostTenant = :host and c.campaignId = :campaign"
                        + " order by c.organisationName, c.homeTenant, c.memberId", Cosigner.class)
                .setParameter("host", tenant.require()).setParameter("campaign", campaignId).getResultList();
    }

    private Endorsement write(Readable campaign, MemberOrganisation member, SignedBy by, UUID contactId) {
        if (!campaign.openForSigning()) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_OPEN);
        }
        if (member.status() != MemberStatus.ACTIVE) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_ACTIVE);
        }
        String host = hostOf(campaign);
        if (entityManager.find(Endorsement.class, new EndorsementKey(host, campaign.id(), member.id())) != null) {
            throw new ProblemException(ProblemCode.ALREADY_ENDORSED);
        }
        Endorsement endorsement = new Endorsement(host, campaign.id(), member.id(), member.name(),
                member.municipalityName(), member.municipalityCode());
        entityManager.persist(endorsement);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.constraintOf(e).filter(ONE_PER_MEMBER::equals).isPresent()) {
                throw new ProblemException(ProblemCode.ALREADY_ENDORSED);
            }
            if (RowSecurityRefusals.isRefusal(e)) {
                // the campaign closed between reading it and signing
                throw new ProblemException(ProblemCode.CAMPAIGN_NOT_OPEN);
            }
            throw e;
        }
        entityManager.persist(new EndorsementSigner(endorsement, by, contactId));
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("member", new Object[] { null, member.id() });
        changes.put("host", new Object[] { null, host });
        changes.put("signedBy", new Object[] { null, by });
        audit.record("CREATE", AUDIT_TYPE, campaign.id(), changes);
        return endorsement;
    }

    private MemberOrganisation organisation(UUID memberId) {
        MemberOrganisation member = memberId == null ? null : entityManager.find(MemberOrganisation.class, memberId);
        if (member == null) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_FOUND);
        }
        return member;
    }

    private Readable hosted(UUID campaignId) {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN, Role.NATIONAL_OFFICE)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        Readable campaign = campaigns.readable(campaignId);
        if (!campaign.isOwn()) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND);
        }
        return campaign;
    }

    private String hostOf(Readable campaign) {
        return campaign.isOwn() ? tenant.require() : campaign.nationalCampaign().hostTenant();
    }

    private Map<UUID, String> contactNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select c from ContactPerson c where c.id in :ids", ContactPerson.class)
                    .setParameter("ids", ids).getResultStream().forEach(c -> names.put(c.id(), c.name()));
        }
        return names;
    }

    private static EndorsementView view(Endorsement endorsement, SignedBy by, String signerName) {
        return new EndorsementView(endorsement.campaignId(), endorsement.memberId(), endorsement.organisationName(),
                endorsement.municipality(), endorsement.signedAt(), by == null ? null : by.name(), signerName);
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
