package nl.dorpskracht.admin.platform;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.console.boundary.PlatformConsole;
import nl.dorpskracht.console.control.Provinces;
import nl.dorpskracht.console.entity.NewTenant;
import nl.dorpskracht.console.entity.TenantSummary;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;

/**
 * The platform console: the associations with their sizes, a form to add one, one to invite its administrator, and
 * suspending or resuming with a confirmation first. Anyone but a platform administrator is told it is not for them.
 */
@Named("platformPage")
@ViewScoped
public class PlatformPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlatformConsole console;

    @Inject
    Caller caller;

    private boolean allowed;
    private transient List<TenantSummary> tenants;

    private String code;
    private String name;
    private String kind = "PROVINCIAL";
    private String parent;
    private String province;

    private String inviteTenant;
    private String inviteName;
    private String inviteEmail;
    private String invitationLink;

    private String confirming;
    private String reason;

    @PostConstruct
    void init() {
        allowed = caller.isPlatformAdmin();
        List<TenantSummary> nationals = getNationalTenants();
        // one federation, as today: a province is added to it without choosing
        parent = nationals.size() == 1 ? nationals.get(0).code() : null;
    }

    public List<TenantSummary> getTenants() {
        if (allowed && tenants == null) {
            tenants = console.tenants();
        }
        return allowed ? tenants : List.of();
    }

    public List<TenantSummary> getNationalTenants() {
        return getTenants().stream().filter(t -> "NATIONAL".equals(t.kind())).toList();
    }

    public List<Provinces.Province> getProvinces() {
        return Provinces.ALL;
    }

    public void add() {
        try {
            TenantSummary created = console.create(new NewTenant(code, name, kind, parent, province));
            FacesSupport.info("platform.added", created.name(), created.code());
            inviteTenant = created.code();
            code = null;
            name = null;
            province = null;
            tenants = null;
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "add");
        }
    }

    public void invite() {
        try {
            InvitationSent sent = console.inviteAdministrator(inviteTenant, inviteEmail, inviteName);
            invitationLink = sent.link().orElse(null);
            FacesSupport.info(invitationLink == null ? "platform.invited" : "platform.invitedNoMail", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            tenants = null;
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "invite");
        }
    }

    /** The first step: which association; the confirmation form asks before anything changes. */
    public void ask(String tenantCode) {
        confirming = tenantCode;
        reason = null;
    }

    public void cancel() {
        confirming = null;
        reason = null;
    }

    public void confirm() {
        TenantSummary target = getConfirmingTenant();
        if (target == null) {
            cancel();
            return;
        }
        try {
            TenantSummary now = console.suspend(target.code(), !target.suspended(), reason);
            FacesSupport.info(now.suspended() ? "platform.suspended" : "platform.resumed", now.name());
            cancel();
            tenants = null;
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "confirm");
        }
    }

    public TenantSummary getConfirmingTenant() {
        return confirming == null ? null
                : getTenants().stream().filter(t -> t.code().equals(confirming)).findFirst().orElse(null);
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getInviteTenant() {
        return inviteTenant;
    }

    public void setInviteTenant(String inviteTenant) {
        this.inviteTenant = inviteTenant;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
