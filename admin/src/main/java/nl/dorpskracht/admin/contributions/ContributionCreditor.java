package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.contributions.boundary.MandateService;
import nl.dorpskracht.contributions.entity.ReturnedMandate;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.CreditorInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** The contributions page's SEPA creditor: the association's name, IBAN, BIC and creditor id for direct debits. */
@Named("contributionCreditor")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class ContributionCreditor implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionService contributions;

    @Inject
    MandateService mandates;

    @Inject
    TenantGate gate;

    @Inject
    ContributionsPage page;

    private final CreditorForm creditor = new CreditorForm();

    private List<ReturnedMandate> returned = List.of();

    @PostConstruct
    void init() {
        if (page.getTenant() != null) {
            gate.enter(this);
            returned = new ArrayList<>(mandates.returned(50));
            try {
                CreditorDetails details = contributions.creditor();
                creditor.load(details);
            } catch (ProblemException missing) {
                // no creditor yet: the form starts empty
            }
        }
    }

    public void saveCreditor() {
        try {
            creditor.load(contributions.saveCreditor(new CreditorInput(creditor.getName(), creditor.getIban(),
                    creditor.getBic(), creditor.getCreditorId(), creditor.getPainVersion())));
            FacesSupport.info("contributions.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "creditorForm");
        }
    }

    /** Mandates whose collection came back (at most 50): saving the mandate again clears the flag. */
    public List<ReturnedMandate> getReturned() {
        return returned;
    }

    public CreditorForm getCreditor() {
        return creditor;
    }

    @Override
    public String viewedTenant() {
        return page.getTenant();
    }
}
