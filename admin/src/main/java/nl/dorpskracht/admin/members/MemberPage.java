package nl.dorpskracht.admin.members;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.boundary.PrivacyService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** One member organisation: its details, status and history, and its contact persons with their logins. */
@Named("memberPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class MemberPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    ContactService contacts;

    @Inject
    PrivacyService privacy;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String id;
    private String tenant;
    private final ContactForm form = new ContactForm();
    private String newStatus;
    private String reason;
    private String invitationLink;
    private java.util.Set<UUID> invited = java.util.Set.of();
    private String handedOverTo;

    private transient MemberOrganisation member;
    private transient List<ContactPerson> contactList = List.of();
    private transient List<MemberStatusChange> history = List.of();

    /** The page's view action: the caller's tenant, then the member (a member of another tenant is simply absent). */
    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void load() {
        refresh();
    }

    private void refresh() {
        member = null;
        contactList = List.of();
        history = List.of();
        if (tenant == null) {
            return;
        }
        try {
            member = members.find(memberId());
            contactList = contacts.of(member.id());
            invited = contacts.invitedToLogin();
            history = members.history(member.id());
        } catch (ProblemException problem) {
            member = null;
        }
    }

    public MemberOrganisation getMember() {
        if (member == null && tenant != null && id != null) {
            refresh();
        }
        return member;
    }

    public List<ContactPerson> getContacts() {
        getMember();
        return contactList;
    }

    public List<MemberStatusChange> getHistory() {
        getMember();
        return history;
    }

    public void startNew() {
        form.clear();
        form.setEditing(true);
    }

    public void startEdit(String contactId) {
        form.load(contacts.find(memberId(), UUID.fromString(contactId)));
    }

    public void save() {
        try {
            if (form.getId() == null) {
                contacts.create(memberId(), form.input());
            } else {
                contacts.update(memberId(), UUID.fromString(form.getId()), form.getVersion(), form.input());
            }
            form.clear();
            refresh();
            FacesSupport.infoAsWritten("contacts.saved");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "contactForm:");
        }
    }

    public void cancel() {
        form.clear();
    }

    public void erase(String contactId) {
        try {
            privacy.erase(memberId(), UUID.fromString(contactId));
            refresh();
            FacesSupport.infoAsWritten("contacts.erased");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, null);
        }
    }

    public void grantLogin(String contactId) {
        try {
            ContactPerson contact = contacts.find(memberId(), UUID.fromString(contactId));
            InvitationSent sent = contacts.inviteToLogin(memberId(), contact.id());
            handedOverTo = contact.email();
            invitationLink = sent.link().orElse(null);
            refresh();
            if (invitationLink == null) {
                FacesSupport.infoAsWritten("contacts.invitationMailed");
            }
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, null);
        }
    }

    public void revokeLogin(String contactId) {
        try {
            contacts.revokeLogin(memberId(), UUID.fromString(contactId));
            refresh();
            FacesSupport.infoAsWritten("contacts.loginRevoked");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, null);
        }
    }

    public void changeStatus() {
        try {
            MemberStatus status = newStatus == null || newStatus.isBlank() ? null : MemberStatus.valueOf(newStatus);
            if (status == null) {
                throw ProblemException.invalid(List.of(FieldError.field("newStatus", "required.status")));
            }
            members.changeStatus(memberId(), status, reason == null || reason.isBlank() ? null : reason.strip());
            reason = null;
            refresh();
            FacesSupport.infoAsWritten("members.statusChanged");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "status:");
        }
    }

    private UUID memberId() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_FOUND);
        }
    }

    public String when(MemberStatusChange change) {
        return DutchDates.day(change.changedAt(), DutchDates.pageLocale());
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTenant() {
        return tenant;
    }

    public ContactForm getForm() {
        return form;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    /** Whether the contact person has an open invitation to a login. */
    public boolean invited(UUID contactId) {
        return invited.contains(contactId);
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
