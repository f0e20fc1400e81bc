package nl.dorpskracht.admin.newsletters;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dorpskracht.newsletters.boundary.Newsletters;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.NewsletterInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** Nieuwsbrieven: the association's newsletters, newest first, and a short form to start a new one. */
@Named("newslettersPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class NewslettersPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    Newsletters newsletters;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String title;
    private transient List<Newsletter> list;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public List<Newsletter> getList() {
        if (list == null) {
            list = tenant == null ? List.of() : newsletters.list();
        }
        return list;
    }

    /** A new draft without items; the composer opens on it. */
    public String create() {
        try {
            Newsletter created = newsletters.create(new NewsletterInput(title, null, List.of()));
            return "/admin/newsletter?faces-redirect=true&id=" + created.id();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "create");
            return null;
        }
    }

    public String when(OffsetDateTime at) {
        return at == null ? "—" : DutchDates.moment(at, DutchDates.pageLocale());
    }

    public String getTenant() {
        return tenant;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}
