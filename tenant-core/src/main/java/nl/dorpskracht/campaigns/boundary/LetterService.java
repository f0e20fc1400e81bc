package nl.dorpskracht.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.LetterFiles;
import nl.dorpskracht.campaigns.control.LetterPdf;
import nl.dorpskracht.campaigns.control.CosignerIndex;
import nl.dorpskracht.campaigns.control.LetterQueries;
import nl.dorpskracht.campaigns.control.LetterQueries.Addressed;
import nl.dorpskracht.campaigns.control.LetterSummary;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.CampaignDetails;
import nl.dorpskracht.campaigns.entity.PositionDetails;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The letters of one of the request's tenant's own campaigns: one per target it writes to, with the campaign text, the
 * speerpunten and the organisations that belong under that target. Admins only; every file handed out is in the audit
 * log. Another tenant's campaign, also a national one, is not found.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class LetterService {

    public static final String AUDIT_TYPE = "Campaign";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    LetterQueries queries;

    @Inject
    TenantRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    /** The letters the campaign has, one per target, with the number of organisations under each. */
    public List<LetterSummary> letters(UUID campaignId) {
        return prepare(campaignId, null).stream()
                .map(letter -> new LetterSummary(letter.targetId(), letter.letter().kind().name(),
                        letter.letter().addressee(), letter.letter().municipality(), letter.letter().signatoryCount(),
                        LetterFiles.fileName(letter.letter())))
                .toList();
    }

    /** One letter as a PDF. */
    public LetterFile letter(UUID campaignId, UUID targetId) {
        List<Prepared> prepared = prepare(campaignId, targetId);
        if (prepared.isEmpty()) {
            throw new ProblemException(ProblemCode.TARGET_NOT_FOUND);
        }
        LetterPdf.Letter letter = prepared.get(0).letter();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("letter", new Object[] { null, targetId });
        changes.put("coSigners", new Object[] { null, letter.signatoryCount() });
        audit.record("EXPORT", AUDIT_TYPE, campaignId, changes);
        return new LetterFile(LetterFiles.fileName(letter), LetterPdf.render(letter));
    }

    /**
     * All letters, read now and rendered by the caller while it writes the zip (after this transaction: rendering needs
     * no connection).
     */
    public LetterFiles all(UUID campaignId) {
        Campaign campaign = own(campaignId);
        List<Prepared> prepared = prepare(campaign, null);
        audit.record("EXPORT", AUDIT_TYPE, campaignId, Map.of("letters", new Object[] { null, prepared.size() }));
        return LetterFiles.of(campaign.details().title(), prepared.stream().map(Prepared::letter).toList());
    }

    /** A letter file: its name and bytes. */
    public record LetterFile(String fileName, byte[] pdf) {
    }

    private record Prepared(UUID targetId, LetterPdf.Letter letter) {
    }

    private List<Prepared> prepare(UUID campaignId, UUID onlyTarget) {
        return prepare(own(campaignId), onlyTarget);
    }

    /** The letters to every target of the campaign, or to the one target given (none if it is not addressed). */
    private List<Prepared> prepare(Campaign campaign, UUID onlyTarget) {
        String self = tenant.require();
        CampaignDetails details = campaign.details();
        List<PositionDetails> positions = queries.positions(entityManager, campaign.id());
        CosignerIndex cosigners = new CosignerIndex(queries.cosigners(entityManager, self, campaign.id()));
        Map<String, String> labels = campaign.national() ? queries.provinceLabels() : Map.of();
        String sender = registry.nameOf(self);
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        List<Addressed> addressees = onlyTarget == null ? queries.addressees(entityManager, campaign.id())
                : queries.addressee(entityManager, campaign.id(), onlyTarget).stream().toList();
        return addressees.stream().map(a -> {
            TargetDetails target = a.target().details();
            List<LetterPdf.SignatoryGroup> groups = LetterQueries.groups(cosigners.belongingTo(target),
                    campaign.national(), labels);
            return new Prepared(a.target().id(),
                    new LetterPdf.Letter(sender, today, target.kind(), target.name(), target.municipality(),
                            target.address(), details.title(), details.body(), details.closing(), positions, groups));
        }).toList();
    }

    private Campaign own(UUID campaignId) {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        return queries.ownCampaign(entityManager, tenant.require(), campaignId);
    }
}
