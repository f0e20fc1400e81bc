package nl.dorpskracht.admin.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.boundary.CampaignService.Scope;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.entity.CampaignInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;

/**
 * The association's lobby campaigns for its admins: its own (with how many of its organisations co-signed), a short
 * form to start a new one, and the national campaigns other associations opened for everyone.
 */
@Named("campaignsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Inject
    CampaignService campaigns;

    @Inject
    EndorsementService endorsements;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String title;
    private String summary;
    private String body;
    private transient List<CampaignView> all;
    private transient Map<UUID, Integer> signatures;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    private List<CampaignView> all() {
        if (all == null && tenant != null) {
            all = campaigns.list(Scope.ALL);
            signatures = new HashMap<>();
        }
        return all == null ? List.of() : all;
    }

    public List<CampaignView> getOwn() {
        return all().stream().filter(CampaignView::own).toList();
    }

    public List<CampaignView> getOthers() {
        return all().stream().filter(c -> !c.own()).toList();
    }

    /** How many of the association's own organisations co-signed (drafts have none). */
    public int signatures(CampaignView campaign) {
        if ("DRAFT".equals(campaign.status())) {
            return 0;
        }
        all();
        return signatures.computeIfAbsent(campaign.id(), id -> {
            return endorsements.ofProvince(id).size();
        });
    }

    /** Starts a campaign with its title and text; the rest is written on its own page. */
    public String create() {
        try {
            CampaignView created = campaigns
                    .create(new CampaignInput(title, summary, body, null, null, null, false, List.of(), List.of()));
            FacesSupport.info("campaigns.created");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/campaign?faces-redirect=true&id=" + created.id();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "newForm");
            return null;
        }
    }

    public String period(CampaignView campaign) {
        return period(campaign.opensOn(), campaign.closesOn());
    }

    static String period(LocalDate opens, LocalDate closes) {
        if (opens == null && closes == null) {
            return "";
        }
        return (opens == null ? "…" : opens.format(DAY)) + " – " + (closes == null ? "…" : closes.format(DAY));
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

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
