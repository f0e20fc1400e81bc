package nl.dorpskracht.admin.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.control.CosignerCounts;
import nl.dorpskracht.campaigns.control.CosignerView;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/** For the host of a national campaign: every organisation that co-signed, from every province, and the counts. */
@Named("campaignCosigners")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignCosigners implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    EndorsementService endorsements;

    @Inject
    TenantRegistry registry;

    @Inject
    CampaignState state;

    private transient List<CosignerView> cosigners;
    private transient CosignerCounts counts;

    /** Every organisation, from every province. */
    public List<CosignerView> getCosigners() {
        if (cosigners == null && state.isHostOfNational() && !state.isDraft()) {
            cosigners = endorsements.cosigners(state.campaignId());
        }
        return cosigners == null ? List.of() : cosigners;
    }

    public CosignerCounts getCounts() {
        if (counts == null && state.isHostOfNational() && !state.isDraft()) {
            counts = endorsements.counts(state.campaignId());
        }
        return counts;
    }

    public String provinceName(String code) {
        return registry.nameOf(code);
    }

    @Override
    public String viewedTenant() {
        return state.getTenant();
    }
}
