package nl.dorpskracht.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.TargetInput;
import nl.dorpskracht.campaigns.control.TargetView;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.UniqueViolations;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The request's tenant's target list: whom its campaigns write to. Admins only. A name is unique per kind; a target a
 * campaign writes to cannot be deleted. Another tenant's target is not found.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TargetService {

    public static final String UNIQUE_NAME = "campaign_target_name";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final Comparator<TargetView> BY_KIND_THEN_NAME = Comparator
            .comparing((TargetView t) -> TargetKind.valueOf(t.kind()))
            .thenComparing(t -> t.name().toLowerCase(Locale.ROOT)).thenComparing(TargetView::name);

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    /** The list, sorted by kind and then name; {@code kind} filters (null: all). */
    public List<TargetView> list(TargetKind kind) {
        requireAdmin();
        List<CampaignTarget> targets = kind == null
                ? entityManager.createQuery("select t from CampaignTarget t", CampaignTarget.class).getResultList()
                : entityManager.createQuery("select t from CampaignTarget t where t.kind = :kind", CampaignTarget.class)
                        .setParameter("kind", kind).getResultList();
        return targets.stream().map(TargetView::of).sorted(BY_KIND_THEN_NAME).toList();
    }

    public TargetView find(UUID id) {
        requireAdmin();
        return TargetView.of(existing(id));
    }

    public TargetView create(TargetInput input) {
        requireAdmin();
        TargetDetails details = input.validate();
        requireUniqueName(details, null);
        CampaignTarget target = new CampaignTarget(details, null);
        entityManager.persist(target);
        flush();
        audit.record("CREATE", TargetInput.AUDIT_TYPE, target.id(),
                FieldChanges.between(Map.of(), TargetInput.fields(details)));
        return TargetView.of(target);
    }

    /** Replaces the details; a stale {@code expectedVersion} gets 409 VERSION_CONFLICT. */
    public TargetView update(UUID id, TargetInput input, Long expectedVersion) {
        requireAdmin();
        CampaignTarget target = existing(id);
        InputFields fields = new InputFields();
        TargetDetails details = input.validate(fields);
        if (expectedVersion == null) {
            fields.fail("version", "required.version");
        }
        fields.throwIfInvalid();
        if (expectedVersion != target.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        requireUniqueName(details, id);
        Map<String, Object[]> changes = FieldChanges.between(TargetInput.fields(target.details()),
                TargetInput.fields(details));
        if (!changes.isEmpty()) {
            target.apply(details);
            flush();
            audit.record("UPDATE", TargetInput.AUDIT_TYPE, id, changes);
        }
        return TargetView.of(target);
    }

    /** Deletes a target no campaign writes to; otherwise 409 TARGET_IN_USE. */
    public void delete(UUID id) {
        requireAdmin();
        CampaignTarget target = existing(id);
        long addressed = entityManager
                .createQuery("select count(a) from CampaignAddressee a where a.targetId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (addressed > 0) {
            throw new ProblemException(ProblemCode.TARGET_IN_USE);
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        TargetInput.fields(target.details()).forEach((field, value) -> {
            if (value != null) {
                changes.put(field, new Object[] { value, null });
            }
        });
        entityManager.remove(target);
        flush();
        audit.record("DELETE", TargetInput.AUDIT_TYPE, id, changes);
    }

    private CampaignTarget existing(UUID id) {
        CampaignTarget target = id == null ? null : entityManager.find(CampaignTarget.class, id);
        if (target == null) {
            throw new ProblemException(ProblemCode.TARGET_NOT_FOUND);
        }
        return target;
    }

    private void requireUniqueName(TargetDetails details, UUID except) {
        List<UUID> same = entityManager
                .createQuery("select t.id from CampaignTarget t where t.kind = :kind and lower(t.name) = :name",
                        UUID.class)
                .setParameter("kind", details.kind()).setParameter("name", details.name().toLowerCase(Locale.ROOT))
                .getResultList();
        if (same.stream().anyMatch(other -> !other.equals(except))) {
            throw new ProblemException(ProblemCode.TARGET_DUPLICATE);
        }
    }

    /** Writes now: a name taken by a concurrent request, or a campaign that just chose this target, is a 409. */
    private void flush() {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (UniqueViolations.constraintOf(e).filter(UNIQUE_NAME::equals).isPresent()) {
                throw new ProblemException(ProblemCode.TARGET_DUPLICATE);
            }
            if (isForeignKeyViolation(e)) {
                throw new ProblemException(ProblemCode.TARGET_IN_USE);
            }
            throw e;
        }
    }

    private static boolean isForeignKeyViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void requireAdmin() {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
