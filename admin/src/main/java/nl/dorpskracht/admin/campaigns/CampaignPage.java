package nl.dorpskracht.admin.campaigns;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * One campaign for the association's admins: its details. Its own: the letter, the speerpunten in order, and moving it
 * forward. The addressees ({@link CampaignAddressees}), signing ({@link CampaignSigning}), letters
 * ({@link CampaignLetters}), outreach ({@link CampaignOutreach}) and a national campaign's co-signers
 * ({@link CampaignCosigners}) have beans of their own; all share {@link CampaignState}.
 */
@Named("campaignPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Inject
    CampaignService campaigns;

    @Inject
    TenantRegistry registry;

    @Inject
    CampaignState state;

    /** The page's view action: the caller's tenant and the campaign of the address, fresh from the database. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        state.load();
    }

    public String save() {
        CampaignForm form = state.getForm();
        return state.act(() -> campaigns.update(state.campaignId(), form.getVersion(), form.input()),
                "campaigns.saved");
    }

    public String open() {
        return move("OPEN", "campaigns.opened");
    }

    public String send() {
        return move("SENT", "campaigns.sent");
    }

    public String close() {
        return move("CLOSED", "campaigns.closed");
    }

    private String move(String status, String doneKey) {
        return state.act(() -> campaigns.move(state.campaignId(), state.getForm().getVersion(), status), doneKey);
    }

    public String delete() {
        try {
            campaigns.delete(state.campaignId());
            FacesSupport.info("campaigns.deleted");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/campaigns?faces-redirect=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
            return null;
        }
    }

    public void addPosition() {
        state.getForm().addPosition();
    }

    public void removePosition(int index) {
        state.getForm().removePosition(index);
    }

    public void moveUp(int index) {
        state.getForm().movePosition(index, -1);
    }

    public void moveDown(int index) {
        state.getForm().movePosition(index, 1);
    }

    /** A date as the form holds it (2027-03-01), written the Dutch way (1-3-2027). */
    public String day(String isoDate) {
        try {
            return isoDate == null || isoDate.isBlank() ? "" : LocalDate.parse(isoDate).format(DAY);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    public String when(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(DutchTime.ZONE).format(WHEN);
    }

    /** A text as its paragraphs, so a fixed letter reads as a letter, not as a form. */
    public List<String> paragraphs(String text) {
        return LetterText.paragraphs(text);
    }

    public String getPeriod() {
        CampaignView campaign = state.view();
        return campaign == null ? "" : CampaignsPage.period(campaign.opensOn(), campaign.closesOn());
    }

    public boolean isOwn() {
        return state.isOwn();
    }

    public boolean isDraft() {
        return state.isDraft();
    }

    public boolean isOpenForSigning() {
        return state.isOpenForSigning();
    }

    public boolean isHostOfNational() {
        return state.isHostOfNational();
    }

    /** Only the national association writes national campaigns. */
    public boolean isNationalTenant() {
        String tenant = state.getTenant();
        return tenant != null && registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    /** Targets may change until the letters are sent. */
    public boolean isTargetsEditable() {
        return isOwn() && ("DRAFT".equals(state.status()) || "OPEN".equals(state.status()));
    }

    public boolean isMayOpen() {
        return isOwn() && "DRAFT".equals(state.status());
    }

    public boolean isMaySend() {
        return isOwn() && "OPEN".equals(state.status());
    }

    public boolean isMayClose() {
        return isOwn() && !"CLOSED".equals(state.status());
    }

    public CampaignView getCampaign() {
        return state.view();
    }

    public CampaignForm getForm() {
        return state.getForm();
    }

    public String getTenant() {
        return state.getTenant();
    }

    public String getId() {
        return state.getId();
    }

    public void setId(String id) {
        state.setId(id);
    }

    @Override
    public String viewedTenant() {
        return state.getTenant();
    }
}
