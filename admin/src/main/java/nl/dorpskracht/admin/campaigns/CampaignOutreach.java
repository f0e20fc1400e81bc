package nl.dorpskracht.admin.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.OutreachService;
import nl.dorpskracht.campaigns.entity.Outcome;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** What came of the association's own campaign: per addressee when the letter went, the answer and the outcome. */
@Named("campaignOutreach")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignOutreach implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    OutreachService outreach;

    @Inject
    CampaignState state;

    private List<OutreachRow> outreachRows;
    private OutreachRow editingOutreach;

    public List<OutreachRow> getOutreach() {
        if (outreachRows == null && state.isWritingToTargets()) {
            outreachRows = new ArrayList<>(outreach.list(state.campaignId()).stream().map(OutreachRow::new).toList());
        }
        return outreachRows == null ? List.of() : outreachRows;
    }

    /** Opens the outreach of one addressee for editing, above the table. */
    public void editOutreach(String targetId) {
        try {
            editingOutreach = outreach.list(state.campaignId()).stream()
                    .filter(view -> view.targetId().toString().equals(targetId)).findFirst().map(OutreachRow::new)
                    .orElse(null);
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void cancelOutreach() {
        editingOutreach = null;
    }

    /** Records the outreach to the addressee being edited. */
    public String saveOutreach() {
        OutreachRow row = editingOutreach;
        if (row == null) {
            return null;
        }
        return state.act(() -> outreach.record(state.campaignId(), CampaignState.uuid(row.getTargetId()), row.input(),
                row.getVersion()), "campaignPage.outreachSaved");
    }

    public OutreachRow getEditingOutreach() {
        return editingOutreach;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    @Override
    public String viewedTenant() {
        return state.getTenant();
    }
}
