package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.web.faces.DutchDates;

/**
 * The association's lobby campaigns and the national ones it takes part in, for its ambassadors to talk about in their
 * regions; read only, and never a draft (an ambassador who also administers sees those on the admin page).
 */
@Named("ambassadorCampaigns")
@RequestScoped
public class AmbassadorCampaignsPage extends AmbassadorPage {

    @Inject
    CampaignService campaigns;

    private List<CampaignView> shown;

    public List<CampaignView> getCampaigns() {
        if (shown == null) {
            shown = enter() ? campaigns.list(CampaignService.Scope.ALL).stream()
                    .filter(campaign -> !"DRAFT".equals(campaign.status())).toList() : List.of();
        }
        return shown;
    }

    public String period(CampaignView campaign) {
        if (campaign.opensOn() == null && campaign.closesOn() == null) {
            return "";
        }
        return (campaign.opensOn() == null ? "…" : DutchDates.day(campaign.opensOn(), DutchDates.pageLocale())) + " – "
                + (campaign.closesOn() == null ? "…" : DutchDates.day(campaign.closesOn(), DutchDates.pageLocale()));
    }
}
