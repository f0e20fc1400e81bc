package nl.dorpskracht.admin.campaigns;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.LetterService;
import nl.dorpskracht.campaigns.control.LetterFiles;
import nl.dorpskracht.campaigns.control.LetterSummary;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** The association's own campaign's letters: one per addressee, with how many sign it, as PDF or all in a zip. */
@Named("campaignLetters")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class CampaignLetters implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    @Inject
    CampaignState state;

    private transient List<LetterSummary> letterList;

    /** One letter per addressee, with how many organisations sign it. */
    public List<LetterSummary> getLetters() {
        if (letterList == null && state.isWritingToTargets()) {
            letterList = letters.letters(state.campaignId());
        }
        return letterList == null ? List.of() : letterList;
    }

    /** The letter to one addressee, as a PDF download. */
    public void downloadLetter(String targetId) {
        try {
            LetterService.LetterFile file = letters.letter(state.campaignId(), CampaignState.uuid(targetId));
            FacesSupport.download(file.pdf(), "application/pdf", file.fileName());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    /** Every letter in one zip file, each rendered while it is written. */
    public void downloadAll() {
        try {
            LetterFiles files = letters.all(state.campaignId());
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/zip");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + files.zipName() + "\"");
            try (OutputStream out = external.getResponseOutputStream()) {
                files.writeZip(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    @Override
    public String viewedTenant() {
        return state.getTenant();
    }
}
