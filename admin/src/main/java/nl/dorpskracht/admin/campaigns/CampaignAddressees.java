package nl.dorpskracht.admin.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.campaigns.boundary.TargetService;
import nl.dorpskracht.campaigns.control.TargetView;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/**
 * The addressees of the association's own campaign: the target list to choose from and who the letter goes to now. The
 * choice itself is part of the campaign's form ({@link CampaignState#getForm()}), saved with it.
 */
@Named("campaignAddressees")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignAddressees implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetService targets;

    @Inject
    CampaignState state;

    private transient List<TargetView> targetChoices;

    /** The association's target list to choose from (every kind; the municipal councils by name). */
    public List<TargetView> getTargetChoices() {
        if (targetChoices == null && state.isOwn()) {
            targetChoices = targets.list(null);
        }
        return targetChoices == null ? List.of() : targetChoices;
    }

    /** The addressees the campaign writes to now, by name, for reading without opening the chooser. */
    public List<String> getChosenTargets() {
        List<String> chosen = new ArrayList<>();
        for (TargetView target : getTargetChoices()) {
            if (state.getForm().getTargetIds().contains(target.id().toString())) {
                chosen.add(target.name());
            }
        }
        return chosen;
    }

    @Override
    public String viewedTenant() {
        return state.getTenant();
    }
}
