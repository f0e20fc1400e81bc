package nl.dorpskracht.console.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.invitations.boundary.Invitations;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.console.control.Provinces;
import nl.dorpskracht.console.control.ReservedTenantCodes;
import nl.dorpskracht.console.control.TenantCounts;
import nl.dorpskracht.console.entity.NewTenant;
import nl.dorpskracht.console.entity.TenantCreated;
import nl.dorpskracht.console.entity.TenantSummary;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.tenancy.entity.TenantsChanged;

/**
 * What a platform administrator does: add an association, invite its first administrator, suspend and resume it. None
 * of it reads a person of any association. Each write runs in one transaction bound to the association it changes, so
 * its audit entry lands in that association's own log, where its administrators see who created or suspended it.
 */
@ApplicationScoped
@Transactional
public class PlatformConsole {

    static final String AUDIT_TYPE = "Tenant";
    static final int REASON_MAX = 500;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    Caller caller;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantCounts counts;

    @Inject
    TransactionFunctions functions;

    @Inject
    AuditLog audit;

    @Inject
    Invitations invitations;

    @Inject
    Event<TenantCreated> created;

    @Inject
    Event<TenantsChanged> changed;

    /** Every association with counts, national ones first. */
    public List<TenantSummary> tenants() {
        requirePlatformAdmin();
        List<Tenant> all = registry.all().stream()
                .sorted(Comparator.comparing(Tenant::kind).thenComparing(Tenant::code)).toList();
        Map<String, TenantCounts.Counts> sizes = counts.of(all.stream().map(Tenant::code).toList());
        return all.stream().map(tenant -> summary(tenant, sizes.getOrDefault(tenant.code(), TenantCounts.none())))
                .toList();
    }

    public TenantSummary create(NewTenant wanted) {
        requirePlatformAdmin();
        InputFields fields = new InputFields();
        String code = wanted.code() == null ? null : wanted.code().strip();
        if (code == null || code.isEmpty()) {
            fields.fail("code", "required.tenantCode");
        } else if (!ReservedTenantCodes.wellFormed(code)) {
            fields.fail("code", "invalid.tenantCode");
        } else if (ReservedTenantCodes.reserved(code)) {
            fields.fail("code", "reserved.tenantCode");
        }
        String name = fields.required("name", wanted.name(), 200, "required.name");
        TenantKind kind = fields.choice("kind", wanted.kind(), TenantKind.class, "required.tenantKind",
                "invalid.tenantKind");
        String parent = blankToNull(wanted.parent());
        String province = null;
        if (kind == TenantKind.NATIONAL) {
            if (parent != null) {
                fields.fail("parent", "invalid.nationalParent");
            }
            if (blankToNull(wanted.province()) != null) {
                fields.fail("province", "invalid.nationalProvince");
            }
        } else if (kind == TenantKind.PROVINCIAL) {
            if (parent == null) {
                fields.fail("parent", "required.tenantParent");
            }
            province = Provinces.find(wanted.province()).map(Provinces.Province::code).orElse(null);
            if (province == null) {
                fields.fail("province",
                        blankToNull(wanted.province()) == null ? "required.province" : "invalid.province");
            }
        }
        fields.throwIfInvalid();
        // the new association is bound before anything reaches the database: its audit entry is its own
        tenantWork.workIn(code);
        if (!functions.rows("select code from tenant where code = #a0", code).isEmpty()) {
            throw new ProblemException(ProblemCode.TENANT_CODE_TAKEN);
        }
        if (parent != null
                && functions.rows("select code from tenant where code = #a0 and kind = 'NATIONAL'", parent).isEmpty()) {
            fields.fail("parent", "invalid.tenantParent");
            fields.throwIfInvalid();
        }
        functions.execute("insert into tenant (code, name, kind, parent_code, province_code)"
                + " values (#a0, #a1, #a2, #a3, #a4)", code, name, kind.name(), parent, province);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("name", new Object[] { null, name });
        changes.put("kind", new Object[] { null, kind.name() });
        changes.put("parent", new Object[] { null, parent });
        changes.put("province", new Object[] { null, province });
        audit.record("CREATE", AUDIT_TYPE, code, changes);
        created.fire(new TenantCreated(code, province));
        changed.fire(new TenantsChanged(code));
        return new TenantSummary(code, name, kind.name(), parent, province, Provinces.nameOf(province), false, null, 0,
                0, 0);
    }

    /** Invites the association's (first, or next) administrator: a mailed link, as every invitation. */
    public InvitationSent inviteAdministrator(String code, String email, String name) {
        requirePlatformAdmin();
        InputFields fields = new InputFields();
        String cleanEmail = fields.email("email", email);
        String cleanName = fields.required("name", name, 200, "required.name");
        if (cleanEmail == null) {
            fields.fail("email", "required.email");
        }
        Tenant tenant = known(code);
        fields.throwIfInvalid();
        if (tenant.suspended()) {
            throw new ProblemException(ProblemCode.TENANT_SUSPENDED);
        }
        return invitations.invite(
                new Invitation(tenant.code(), null, cleanEmail, cleanName, Role.TENANT_ADMIN, null, null, null));
    }

    /** Suspends (its grants give no access, its data stays) or resumes an association; unchanged is no write. */
    public TenantSummary suspend(String code, Boolean suspended, String reason) {
        requirePlatformAdmin();
        InputFields fields = new InputFields();
        String cleanReason = fields.optional("reason", reason, REASON_MAX);
        if (suspended == null) {
            fields.fail("suspended", "required.suspended");
        }
        Tenant tenant = known(code);
        fields.throwIfInvalid();
        List<Map<String, Object>> row = functions.rows(
                "select suspended_at, suspension_reason from tenant" + " where code = #a0 for update", tenant.code());
        boolean was = row.get(0).get("suspended_at") != null;
        OffsetDateTime since = null;
        if (was != suspended) {
            if (suspended) {
                functions.execute("update tenant set suspended_at = now(), suspension_reason = nullif(#a1, '')"
                        + " where code = #a0", tenant.code(), cleanReason == null ? "" : cleanReason);
            } else {
                functions.execute("update tenant set suspended_at = null, suspension_reason = null where code = #a0",
                        tenant.code());
            }
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("suspended", new Object[] { was, suspended });
            changes.put("reason", new Object[] { row.get(0).get("suspension_reason"), suspended ? cleanReason : null });
            audit.record(suspended ? "SUSPEND" : "RESUME", AUDIT_TYPE, tenant.code(), changes);
            changed.fire(new TenantsChanged(tenant.code()));
            since = suspended ? OffsetDateTime.now() : null;
        } else if (was) {
            since = tenant.suspendedAt();
        }
        TenantCounts.Counts size = TenantCounts.none();
        return new TenantSummary(tenant.code(), tenant.name(), tenant.kind().name(), tenant.parentCode(),
                tenant.provinceCode(), Provinces.nameOf(tenant.provinceCode()), suspended, since,
                size.memberOrganisations(), size.administrators(), size.openInvitations());
    }

    /**
     * The association named in the path, bound to this transaction before the registry may read the table in it: the
     * connection takes its tenant when first used.
     */
    private Tenant known(String code) {
        if (!ReservedTenantCodes.wellFormed(code)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        tenantWork.workIn(code);
        return registry.find(code).orElseThrow(() -> new ProblemException(ProblemCode.TENANT_NOT_FOUND));
    }

    private void requirePlatformAdmin() {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        if (!caller.isPlatformAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }

    private static TenantSummary summary(Tenant tenant, TenantCounts.Counts size) {
        return new TenantSummary(tenant.code(), tenant.name(), tenant.kind().name(), tenant.parentCode(),
                tenant.provinceCode(), Provinces.nameOf(tenant.provinceCode()), tenant.suspended(),
                tenant.suspendedAt(), size.memberOrganisations(), size.administrators(), size.openInvitations());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
