package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.portal.boundary.PortalService;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;

/**
 * One lobby campaign for a member: the letter, its speerpunten in order, and co-signing it on behalf of the member's
 * organisation or withdrawing that while the campaign is open. The organisation's name goes under the letter; the
 * contact person's own name stays in the province.
 */
@Named("portalCampaign")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalCampaignPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    PortalService portal;

    private String id;
    private String tenant;
    private UUID campaignId;
    private transient CampaignView campaign;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    /** The view action: finds the campaign in the member's province or among the national ones, or says it is not. */
    public void load() {
        if (tenant == null) {
            return;
        }
        try {
            show(portal.campaign(RequestParts.id(id, ProblemCode.CAMPAIGN_NOT_FOUND)));
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public void sign() {
        try {
            show(portal.sign(campaignId));
            PageMessages.info("portal.campaign.signed", getOrganisation());
        } catch (ProblemException problem) {
            refused(problem);
        }
    }

    public void withdraw() {
        try {
            show(portal.withdraw(campaignId));
            PageMessages.info("portal.campaign.withdrawn", getOrganisation());
        } catch (ProblemException problem) {
            refused(problem);
        }
    }

    /** A colleague who signed first, or a campaign that closed meanwhile: said plainly, and the page shows it as is. */
    private void refused(ProblemException problem) {
        switch (problem.code()) {
        case ALREADY_ENDORSED -> PageMessages.warning("portal.campaign.alreadySigned");
        case CAMPAIGN_NOT_OPEN -> PageMessages.warning("portal.campaign.notOpen");
        case ENDORSEMENT_NOT_FOUND -> PageMessages.warning("portal.campaign.notSigned");
        default -> PageMessages.problem(problem, null);
        }
        try {
            show(portal.campaign(campaignId));
        } catch (ProblemException gone) {
            show(null);
        }
    }

    private void show(CampaignView shown) {
        campaign = shown;
        campaignId = shown == null ? null : shown.id();
    }

    public String getStatus() {
        return CampaignTexts.status(getCampaign().status(), getCampaign().openForSigning(), getCampaign().closesOn());
    }

    public String getOrganisation() {
        CampaignView shown = getCampaign();
        return shown.ownEndorsement() == null ? "" : shown.ownEndorsement().organisationName();
    }

    public boolean isSigned() {
        CampaignView shown = getCampaign();
        return shown != null && shown.ownEndorsement() != null && shown.ownEndorsement().signed();
    }

    public String getSignedText() {
        return PageMessages.text("portal.campaign.signedBadge",
                CampaignTexts.date(getCampaign().ownEndorsement().signedAt()));
    }

    public boolean isCanSign() {
        return getCampaign() != null && getCampaign().openForSigning() && !isSigned();
    }

    public boolean isCanWithdraw() {
        return getCampaign() != null && getCampaign().openForSigning() && isSigned();
    }

    /** Why there is no button: the letters went out, the campaign is closed, or its last day passed. */
    public String getClosedText() {
        CampaignView shown = getCampaign();
        if (shown == null || shown.openForSigning()) {
            return null;
        }
        return PageMessages.text("SENT".equals(shown.status()) ? "portal.campaign.closed.SENT"
                : "CLOSED".equals(shown.status()) ? "portal.campaign.closed.CLOSED" : "portal.campaign.closed.OPEN");
    }

    public String getSignLabel() {
        return PageMessages.text("portal.campaign.sign", getOrganisation());
    }

    public String getSignExplained() {
        return PageMessages.text("portal.campaign.sign.explain", getOrganisation(), getCampaign().hostName());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The campaign shown; read again when the view was restored elsewhere (it is not kept with the session). */
    public CampaignView getCampaign() {
        if (campaign == null && campaignId != null) {
            campaign = portal.campaign(campaignId);
        }
        return campaign;
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
