package nl.dorpskracht.admin.access;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.access.boundary.AccessService;
import nl.dorpskracht.access.entity.AccessHolder;
import nl.dorpskracht.access.entity.AccessOverview;
import nl.dorpskracht.access.entity.AccessRoles;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** Toegang: who has which role in the association worked in; invite, take a role away, revoke. */
@Named("accessPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class AccessPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessService access;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String email;
    private String name;
    private String role = Role.TREASURER.name();
    private String invitationLink;
    private String handedOverTo;
    private transient AccessOverview overview;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public AccessOverview getOverview() {
        if (overview == null) {
            overview = access.overview();
        }
        return overview;
    }

    /** The roles an admin gives here, in the order of the form. */
    public List<Role> getRoles() {
        return access.grantable().stream().sorted().toList();
    }

    /** Whether {@code role} is one this page takes away (the others have their own pages). */
    public boolean managed(Role role) {
        return AccessRoles.managed().contains(role);
    }

    /** Until when an invitation works, in Dutch time. */
    public String until(Instant at) {
        return at == null ? "" : DutchDates.moment(at, DutchDates.pageLocale());
    }

    public void invite() {
        act(() -> {
            InvitationSent sent = access.invite(email, name, role);
            invitationLink = sent.link().orElse(null);
            handedOverTo = name;
            email = null;
            name = null;
        }, "access.invited", "invite:");
    }

    public void withdrawInvitation(String invitationId) {
        act(() -> access.withdrawInvitation(UUID.fromString(invitationId)), "access.invitationWithdrawn", null);
    }

    public void takeAway(String accountId, String roleName) {
        act(() -> {
            UUID id = UUID.fromString(accountId);
            AccessHolder holder = getOverview().people().stream().filter(person -> person.accountId().equals(id))
                    .findFirst().orElseThrow();
            access.change(id,
                    holder.roles().stream().filter(held -> !held.name().equals(roleName)).map(Role::name).toList());
        }, "access.roleTaken", null);
    }

    public void revoke(String accountId) {
        act(() -> access.revoke(UUID.fromString(accountId)), "access.revoked", null);
    }

    private void act(Runnable action, String doneKey, String formPrefix) {
        try {
            action.run();
            FacesSupport.infoAsWritten(doneKey);
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, formPrefix);
        } finally {
            overview = null;
        }
    }

    public String getTenant() {
        return tenant;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
