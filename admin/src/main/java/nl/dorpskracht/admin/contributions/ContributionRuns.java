package nl.dorpskracht.admin.contributions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.contributions.boundary.ContributionRunService;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.control.SepaDirectDebitFile;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.RunInput;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** The contributions page's yearly runs: starting one, following its progress, the recent runs and their SEPA file. */
@Named("contributionRuns")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class ContributionRuns implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionRunService runs;

    @Inject
    ContributionsPage page;

    private Integer year = LocalDate.now(DutchTime.ZONE).getYear();
    private String dueOn;
    private String runId;
    private String collectionDate;
    /** The followed run as read for this render; a poll a second later reads it again. */
    private transient ContributionRun cachedRun;
    private transient long cachedAt;

    public void startRun() {
        try {
            ContributionRun run = runs.start(new RunInput(year, dueOn == null || dueOn.isBlank() ? null : dueOn));
            runId = run.id().toString();
            FacesSupport.info("contributions.run.started", run.year());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "runForm");
        }
    }

    /** The followed run, read afresh on every poll. */
    public ContributionRun getRun() {
        if (runId == null || page.getTenant() == null) {
            return null;
        }
        long now = System.nanoTime();
        if (cachedRun == null || !cachedRun.id().toString().equals(runId) || now - cachedAt > 300_000_000L) {
            cachedRun = runs.find(UUID.fromString(runId));
            cachedAt = now;
        }
        return cachedRun;
    }

    public int getProgress() {
        ContributionRun run = getRun();
        return run == null ? 0 : run.percent();
    }

    public boolean isRunning() {
        ContributionRun run = getRun();
        return run != null && run.percent() < 100;
    }

    public List<ContributionRun> getRecentRuns() {
        if (page.getTenant() == null) {
            return List.of();
        }
        return runs.recent(10);
    }

    public void follow(String id) {
        runId = id;
    }

    public void downloadSepa(String id) {
        try {
            ContributionRunService.SepaExport export = runs.sepa(UUID.fromString(id),
                    collectionDate == null || collectionDate.isBlank() ? null : collectionDate);
            FacesSupport.download(export.content(), SepaDirectDebitFile.MEDIA_TYPE, export.fileName());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public String getCollectionDate() {
        return collectionDate;
    }

    public void setCollectionDate(String collectionDate) {
        this.collectionDate = collectionDate;
    }

    @Override
    public String viewedTenant() {
        return page.getTenant();
    }
}
