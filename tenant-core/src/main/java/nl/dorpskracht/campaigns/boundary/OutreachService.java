package nl.dorpskracht.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CosignerIndex;
import nl.dorpskracht.campaigns.control.LetterQueries;
import nl.dorpskracht.campaigns.control.LetterQueries.Addressed;
import nl.dorpskracht.campaigns.control.OutreachInput;
import nl.dorpskracht.campaigns.control.OutreachView;
import nl.dorpskracht.campaigns.entity.CampaignAddressee;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * How the letters of one of the tenant's own campaigns fared, per target: sent on, response received, a summary, the
 * outcome. Admins only; a stale version gets 409. Another tenant's campaign is not found.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OutreachService {

    public static final String AUDIT_TYPE = "CampaignOutreach";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    LetterQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    public List<OutreachView> list(UUID campaignId) {
        requireOwn(campaignId);
        CosignerIndex cosigners = new CosignerIndex(queries.cosigners(entityManager, tenant.require(), campaignId));
        return queries.addressees(entityManager, campaignId).stream().map(a -> view(a, cosigners)).toList();
    }

    /** Records the outreach to one target; {@code expectedVersion} is the version the admin read. */
    public OutreachView record(UUID campaignId, UUID targetId, OutreachInput input, Long expectedVersion) {
        requireOwn(campaignId);
        Addressed addressed = queries.addressee(entityManager, campaignId, targetId)
                .orElseThrow(() -> new ProblemException(ProblemCode.TARGET_NOT_FOUND));
        OutreachInput.Recorded recorded = input.validate(expectedVersion);
        CampaignAddressee addressee = addressed.addressee();
        if (expectedVersion != addressee.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        OutreachInput.Recorded before = new OutreachInput.Recorded(addressee.sentOn(), addressee.responseOn(),
                addressee.responseSummary(), addressee.outcome());
        Map<String, Object[]> changes = FieldChanges.between(before.fields(), recorded.fields());
        if (!changes.isEmpty()) {
            addressee.record(recorded.sentOn(), recorded.responseOn(), recorded.responseSummary(), recorded.outcome());
            entityManager.flush();
            changes.put("campaign", new Object[] { null, campaignId });
            audit.record("UPDATE", AUDIT_TYPE, targetId, changes);
        }
        return view(addressed, new CosignerIndex(queries.cosigners(entityManager, tenant.require(), campaignId)));
    }

    private static OutreachView view(Addressed addressed, CosignerIndex cosigners) {
        return OutreachView.of(addressed, cosigners.belongingTo(addressed.target().details()).size());
    }

    private void requireOwn(UUID campaignId) {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        queries.ownCampaign(entityManager, tenant.require(), campaignId);
    }
}
