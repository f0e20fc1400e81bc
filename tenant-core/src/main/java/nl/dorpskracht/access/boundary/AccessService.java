package nl.dorpskracht.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.access.entity.AccessHolder;
import nl.dorpskracht.access.entity.AccessOverview;
import nl.dorpskracht.access.entity.AccessRoles;
import nl.dorpskracht.access.entity.OpenInvitation;
import nl.dorpskracht.access.entity.RoleChange;
import nl.dorpskracht.invitations.boundary.Invitations;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * Who has which role in the request's tenant, and the admin's ways to change it. Giving a role is always an invitation
 * the person accepts ({@link Invitations}); taking one away needs no consent and happens at once. The tenant's last
 * administrator is never taken away: removals of administrators queue on one lock per tenant, so two admins removing
 * each other at the same moment cannot both succeed.
 * <p>
 * Grants are read under the tenant's row security; an account's address and name are read only joined to a grant of
 * this tenant, so no other account of the platform is ever looked at.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AccessService {

    static final String AUDIT_TYPE = "Access";
    /** The first key of this component's advisory locks; the second is the tenant's. */
    private static final int LOCK_CLASS = 20;
    private static final int MAX_PEOPLE = 2000;
    private static final int MAX_ROLES_IN_REQUEST = 10;

    @Inject
    TransactionFunctions functions;

    @Inject
    nl.dorpskracht.security.control.RememberedAccounts remembered;

    @Inject
    Invitations invitations;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry tenants;

    public AccessOverview overview() {
        List<OpenInvitation> open = new ArrayList<>();
        for (Role role : AccessRoles.managed()) {
            invitations.pending(tenant.require(), role).forEach(pending -> open.add(new OpenInvitation(pending.id(),
                    pending.email(), pending.displayName(), pending.role(), pending.expiresAt())));
        }
        open.sort(Comparator.comparing(OpenInvitation::expiresAt).reversed());
        return new AccessOverview(holders(null), open);
    }

    /** The roles an admin of this tenant may give here. */
    public Set<Role> grantable() {
        return AccessRoles.grantableIn(kind());
    }

    /** Invites someone to a role here; the answer is the same whether or not the address has an account anywhere. */
    public InvitationSent invite(String email, String name, String role) {
        InputFields fields = new InputFields();
        String cleanEmail = fields.email("email", email);
        if (cleanEmail == null && !fields.errors().stream().anyMatch(error -> "email".equals(error.field()))) {
            fields.fail("email", "required.email");
        }
        String cleanName = fields.required("name", name, 200, "required.name");
        Role wanted = fields.choice("role", role, Role.class, "required.role", "invalid.role");
        fields.throwIfInvalid();
        refuseUngrantable(wanted);
        return invitations
                .invite(new Invitation(tenant.require(), null, cleanEmail, cleanName, wanted, null, null, null));
    }

    /** Withdraws an open invitation to one of this page's roles. */
    public void withdrawInvitation(UUID invitationId) {
        boolean ours = AccessRoles.managed().stream()
                .flatMap(role -> invitations.pending(tenant.require(), role).stream())
                .anyMatch(pending -> pending.id().equals(invitationId));
        if (!ours || !invitations.withdraw(tenant.require(), invitationId)) {
            throw new ProblemException(ProblemCode.ACCESS_NOT_FOUND);
        }
    }

    /**
     * Sets the roles of this page a person holds here to {@code wanted}: roles left out are taken away now; roles added
     * are offered by an invitation to the person's address. A contact person's login and an ambassadorship are not
     * touched (they have their own pages); naming them is allowed only where the person holds them already.
     */
    public RoleChange change(UUID accountId, List<String> wanted) {
        Set<Role> roles = parseRoles(wanted);
        lockAccess();
        AccessHolder holder = holder(accountId);
        for (Role role : roles) {
            if (!holder.roles().contains(role)) {
                refuseUngrantable(role);
            }
        }
        Set<Role> removed = EnumSet.noneOf(Role.class);
        holder.roles().stream().filter(AccessRoles.managed()::contains).filter(role -> !roles.contains(role))
                .forEach(removed::add);
        List<Role> added = roles.stream().filter(role -> !holder.roles().contains(role)).sorted().toList();
        remove(holder, removed);
        List<RoleChange.Invited> invited = added.stream()
                .map(role -> new RoleChange.Invited(role, invitations.invite(
                        new Invitation(tenant.require(), null, holder.email(), holder.name(), role, null, null, null))))
                .toList();
        return new RoleChange(holders(accountId).stream().findFirst()
                .orElse(new AccessHolder(accountId, holder.email(), holder.name(), List.of())), invited);
    }

    /** Takes away every role of this page the person holds here; a contact login or ambassadorship stays. */
    public void revoke(UUID accountId) {
        lockAccess();
        AccessHolder holder = holder(accountId);
        Set<Role> removed = EnumSet.noneOf(Role.class);
        holder.roles().stream().filter(AccessRoles.managed()::contains).forEach(removed::add);
        remove(holder, removed);
    }

    private void remove(AccessHolder holder, Set<Role> removed) {
        if (removed.isEmpty()) {
            return;
        }
        if (removed.contains(Role.TENANT_ADMIN)) {
            refuseLastAdmin(holder.accountId());
        }
        for (Role role : removed) {
            functions.execute("delete from account_grant where tenant_id = #a0 and account_id = cast(#a1 as uuid)"
                    + " and role = #a2", tenant.require(), holder.accountId().toString(), role.name());
        }
        remembered.forgetAfterCommit(holder.accountId());
        List<Role> after = holder.roles().stream().filter(role -> !removed.contains(role)).toList();
        audit.record(after.isEmpty() ? "REVOKE" : "CHANGE", AUDIT_TYPE, holder.accountId(),
                Map.of("email", new Object[] { holder.email(), holder.email() }, "roles",
                        new Object[] { names(holder.roles()), names(after) }));
    }

    /**
     * Serializes every change of access in this tenant: after the lock, a second remover reads the first one's
     * committed removal, so the count of administrators it checks is the true one.
     */
    private void lockAccess() {
        functions.rows("select count(*) as locked from (select pg_advisory_xact_lock(#a0, hashtext(#a1))) l",
                LOCK_CLASS, tenant.require());
    }

    private void refuseLastAdmin(UUID accountId) {
        List<String> admins = functions
                .rows("select cast(account_id as varchar) as id from account_grant"
                        + " where tenant_id = #a0 and role = #a1", tenant.require(), Role.TENANT_ADMIN.name())
                .stream().map(row -> (String) row.get("id")).toList();
        if (admins.contains(accountId.toString()) && admins.size() <= 1) {
            throw new ProblemException(ProblemCode.LAST_TENANT_ADMIN);
        }
    }

    private AccessHolder holder(UUID accountId) {
        return holders(accountId).stream().findFirst()
                .orElseThrow(() -> new ProblemException(ProblemCode.ACCESS_NOT_FOUND));
    }

    /** The tenant's people with grants, or one of them; an address is read only through a grant of this tenant. */
    private List<AccessHolder> holders(UUID only) {
        String sql = "select cast(g.account_id as varchar) as id, a.email, a.display_name, g.role"
                + " from account_grant g join account a on a.id = g.account_id where g.tenant_id = #a0"
                + (only == null ? "" : " and g.account_id = cast(#a1 as uuid)")
                + " order by lower(a.display_name), lower(a.email), g.role limit " + MAX_PEOPLE;
        List<Map<String, Object>> rows = only == null ? functions.rows(sql, tenant.require())
                : functions.rows(sql, tenant.require(), only.toString());
        Map<String, List<Map<String, Object>>> byAccount = rows.stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("id"), LinkedHashMap::new, Collectors.toList()));
        return byAccount.values().stream().map(grants -> {
            Map<String, Object> first = grants.get(0);
            return new AccessHolder(UUID.fromString((String) first.get("id")), (String) first.get("email"),
                    (String) first.get("display_name"),
                    grants.stream().map(row -> Role.valueOf((String) row.get("role"))).sorted().toList());
        }).toList();
    }

    private Set<Role> parseRoles(List<String> wanted) {
        InputFields fields = new InputFields();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (wanted == null) {
            fields.fail("roles", "required.role");
        } else if (wanted.size() > MAX_ROLES_IN_REQUEST) {
            fields.fail("roles", "roles.tooMany", MAX_ROLES_IN_REQUEST);
        } else {
            for (String name : wanted) {
                Optional.ofNullable(fields.choice("roles", name, Role.class, "required.role", "invalid.role"))
                        .ifPresent(roles::add);
            }
        }
        fields.throwIfInvalid();
        return roles;
    }

    private void refuseUngrantable(Role role) {
        if (!grantable().contains(role)) {
            throw new ProblemException(ProblemCode.ROLE_NOT_GRANTABLE);
        }
    }

    private TenantKind kind() {
        return tenants.find(tenant.require()).map(Tenant::kind).orElseThrow();
    }

    private static String names(List<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }
}
