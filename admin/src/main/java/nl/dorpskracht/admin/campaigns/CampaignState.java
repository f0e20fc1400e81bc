package nl.dorpskracht.admin.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantView;

/**
 * What the beans of one campaign page share in a view: the campaign of the address, the caller's tenant and the form
 * being written. The details ({@link CampaignPage}), addressees, signing, letters, outreach and co-signers beans each
 * read it from here, so they never disagree about which campaign or which association the view is about.
 */
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignState implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    WorkingTenant workingTenant;

    private String id;
    private String tenant;
    private transient CampaignView campaign;
    private final CampaignForm form = new CampaignForm();

    /** The tenant the view works in, fixed as it opens (see {@link TenantView}). */
    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /** The campaign of the address, fresh from the database. */
    public void load() {
        campaign = null;
        if (tenant == null || campaignId() == null) {
            return;
        }
        CampaignView found = view();
        if (found != null && found.own()) {
            form.load(found);
        }
    }

    /** The campaign as stored (kept for the view; read again after the bean travelled without it). */
    public CampaignView view() {
        UUID campaignId = campaignId();
        if (campaign == null && tenant != null && campaignId != null) {
            try {
                campaign = campaigns.find(campaignId);
            } catch (ProblemException notThere) {
                if (notThere.code() != ProblemCode.CAMPAIGN_NOT_FOUND) {
                    throw notThere;
                }
            }
        }
        return campaign;
    }

    /** Runs an admin's action; when it worked, back to the page's own address, so a reload is safe. */
    public String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesSupport.info(doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/campaign?faces-redirect=true&id=" + campaignId();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "campaignForm");
            return null;
        }
    }

    public UUID campaignId() {
        return uuid(id);
    }

    public static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isOwn() {
        return view() != null && campaign.own();
    }

    public boolean isDraft() {
        return view() != null && "DRAFT".equals(campaign.status());
    }

    public boolean isOpenForSigning() {
        return view() != null && campaign.openForSigning();
    }

    public boolean isHostOfNational() {
        return isOwn() && campaign.national();
    }

    /** The association's own campaign, with addressees stored: it has letters and outreach. */
    public boolean isWritingToTargets() {
        return isOwn() && campaign.targetIds() != null && !campaign.targetIds().isEmpty();
    }

    /** The status as stored; empty when there is no campaign. */
    public String status() {
        return view() == null ? "" : campaign.status();
    }

    public CampaignForm getForm() {
        return form;
    }

    public String getTenant() {
        return tenant;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}
