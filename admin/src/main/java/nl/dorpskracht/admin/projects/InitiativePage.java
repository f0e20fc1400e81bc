package nl.dorpskracht.admin.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.control.InitiativeWorkflow.Action;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * One initiative for the admin, through the same services as the REST resource: write a new one or change it, and move
 * it on: publish (or approve a submission), reject a submission with a reason, archive, delete.
 */
@Named("initiativePage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class InitiativePage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    /** Members to choose from in one select; more would not be usable anyway. */
    static final int MEMBER_CHOICES = 100;

    @Inject
    InitiativeService initiatives;

    @Inject
    MemberService members;

    @Inject
    ContactService contacts;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String id;
    private InitiativeView item;
    private boolean missing;
    private String reason;
    private final InitiativeForm form = new InitiativeForm();
    private List<Choice> themeChoices;
    private List<Choice> memberChoices;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /**
     * The view action: a new initiative without an id, the tenant's own one with it, or a message that there is none.
     */
    public void load() {
        if (tenant == null || item != null || id == null || id.isBlank()) {
            return;
        }
        try {
            show(initiatives.find(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND)));
        } catch (ProblemException problem) {
            missing = true;
            FacesSupport.report(problem, null);
        }
    }

    public String save() {
        if (item == null) {
            try {
                InitiativeView created = initiatives.create(form.input(null));
                FacesSupport.infoAsWritten("initiatives.saved");
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/admin/initiative?faces-redirect=true&id=" + created.id();
            } catch (ProblemException problem) {
                FacesSupport.reportAtFields(problem, "itemForm:");
                return null;
            }
        }
        attempt(() -> initiatives.update(item.id(), form.input(item.version())), "initiatives.saved");
        return null;
    }

    public void publish() {
        attempt(() -> initiatives.move(item.id(), Action.PUBLISH, null, item.version()), "initiatives.published");
    }

    public void reject() {
        attempt(() -> initiatives.move(item.id(), Action.REJECT, reason, item.version()), "initiatives.rejected");
    }

    public void archive() {
        attempt(() -> initiatives.move(item.id(), Action.ARCHIVE, null, item.version()), "initiatives.archived");
    }

    public String delete() {
        try {
            initiatives.delete(item.id());
            FacesSupport.infoAsWritten("initiatives.deleted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/initiatives?faces-redirect=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
            return null;
        }
    }

    private void attempt(Supplier<InitiativeView> step, String done) {
        try {
            show(step.get());
            FacesSupport.infoAsWritten(done);
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "itemForm:");
        }
    }

    private void show(InitiativeView view) {
        item = view;
        form.load(view);
        reason = null;
    }

    public List<Choice> getThemeChoices() {
        if (themeChoices == null) {
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            themeChoices = tenant == null ? List.of() : initiatives.themes().stream().filter(t -> t.active())
                    .map(t -> new Choice(t.code(), english ? t.labelEn() : t.labelNl())).toList();
        }
        return themeChoices;
    }

    /** The association's members, by name, at most {@link #MEMBER_CHOICES}. */
    public List<Choice> getMemberChoices() {
        if (memberChoices == null) {
            List<Choice> choices = new ArrayList<>();
            if (tenant != null) {
                members.search(new MemberSearch(null, null, null, null, 0, MEMBER_CHOICES)).items()
                        .forEach(m -> choices.add(new Choice(m.id().toString(), m.name())));
            }
            memberChoices = choices;
        }
        return memberChoices;
    }

    /** The contact persons of the saved member organisation; one is shown only with their consent. */
    public List<Choice> getContactChoices() {
        if (item == null || item.memberId() == null) {
            return List.of();
        }
        try {
            return contacts.of(item.memberId()).stream().map(c -> new Choice(c.id().toString(), c.name())).toList();
        } catch (ProblemException gone) {
            return List.of();
        }
    }

    public boolean isPublishable() {
        return item != null && item.status() != InitiativeStatus.PUBLISHED;
    }

    public boolean isRejectable() {
        return item != null && item.status() == InitiativeStatus.SUBMITTED;
    }

    public boolean isArchivable() {
        return item != null && item.status() == InitiativeStatus.PUBLISHED;
    }

    public boolean isFormShown() {
        return tenant != null && !missing;
    }

    public InitiativeView getItem() {
        return item;
    }

    public InitiativeForm getForm() {
        return form;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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

    @Override
    public String viewedTenant() {
        return tenant;
    }

    /** A value and its label in a select or checkbox list. */
    public record Choice(String value, String label) implements Serializable {
    }
}
