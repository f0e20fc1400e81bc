package nl.dorpskracht.admin.members;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import nl.dorpskracht.members.boundary.MemberImport;
import nl.dorpskracht.members.control.ImportCommand;
import nl.dorpskracht.members.control.ImportProgress;
import nl.dorpskracht.members.control.ImportResult;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;

/**
 * Import of a member file from the admin pages: check first (a dry run that lists every error in the reader's
 * language), then import on a worker thread while the page shows progress. The tenant gate is passed here, on the
 * request; the worker gets the tenant and the actor in the command.
 */
@Named("importPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class ImportPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberImport importer;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private transient Part file;
    /** The uploaded file on disk, between the check and the import (a path, so that the view state stays small). */
    private String upload;
    private String fileName;
    private String existing = "SKIP";
    private ImportResult checked;
    private ImportResult imported;
    private List<String> errors = List.of();
    private transient ImportProgress progress;
    private transient Future<ImportResult> running;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
        if (FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey(ImportUploadLimit.REFUSED)) {
            errors = List.of(tooLarge());
        }
    }

    @PreDestroy
    void discardUpload() {
        Uploads.delete(upload == null ? null : Path.of(upload));
        upload = null;
    }

    public void check() {
        reset();
        if (!readUpload()) {
            return;
        }
        try {
            checked = importer.run(command(true), new ImportProgress());
        } catch (ProblemException problem) {
            errors = describe(problem);
            discardUpload();
        }
    }

    public void start() {
        if (upload == null || tenant == null || isRunning()) {
            return;
        }
        ImportCommand command = command(false);
        // From here the import owns the file and deletes it when done: a new check on this page, or the view ending
        // while the import runs, must not delete the file under it.
        Path spooled = Path.of(upload);
        upload = null;
        progress = new ImportProgress();
        ImportProgress tracked = progress;
        errors = List.of();
        imported = null;
        running = executor().submit(() -> {
            try {
                return importer.run(command, tracked);
            } finally {
                Uploads.delete(spooled);
            }
        });
    }

    /** Called by the page's poll while an import runs. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        checked = null;
        try {
            imported = running.get();
        } catch (ExecutionException e) {
            errors = e.getCause() instanceof ProblemException problem ? describe(problem)
                    : List.of(text("import.failed"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = null;
    }

    private ImportCommand command(boolean dryRun) {
        return new ImportCommand(tenant, caller.name(), Path.of(upload), ImportCommand.Existing.valueOf(existing),
                dryRun);
    }

    private boolean readUpload() {
        if (file == null || file.getSize() == 0) {
            errors = List.of(text("import.chooseFile"));
            return false;
        }
        if (file.getSize() > Uploads.MAX_BYTES) {
            errors = List.of(tooLarge());
            return false;
        }
        try {
            upload = Uploads.spool(file.getInputStream()).toString();
            fileName = file.getSubmittedFileName();
            return true;
        } catch (ProblemException problem) {
            errors = describe(problem);
            return false;
        } catch (IOException | UncheckedIOException e) {
            errors = List.of(text("import.failed"));
            return false;
        }
    }

    private void reset() {
        checked = null;
        imported = null;
        errors = List.of();
        discardUpload();
    }

    /** The same Dutch message as the API's 413. */
    private static String tooLarge() {
        var view = FacesContext.getCurrentInstance().getViewRoot();
        return Uploads.tooLargeMessage().message(view == null ? FieldError.DUTCH : view.getLocale());
    }

    private static List<String> describe(ProblemException problem) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (problem.errors().isEmpty()) {
            return List.of(problem.code().title(locale));
        }
        return problem.errors().stream().map(error -> line(error, locale)).toList();
    }

    private static String line(FieldError error, Locale locale) {
        String where = error.row() == null ? ""
                : error.field() == null ? java.text.MessageFormat.format(text("import.whereLine"), error.row())
                        : java.text.MessageFormat.format(text("import.where"), error.row(), error.field());
        return where + error.message(locale);
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return texts.getString(key);
    }

    private static ManagedExecutorService executor() {
        try {
            return (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed executor", e);
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    public String getTenant() {
        return tenant;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public String getExisting() {
        return existing;
    }

    public void setExisting(String existing) {
        this.existing = existing;
    }

    public ImportResult getChecked() {
        return checked;
    }

    public ImportResult getImported() {
        return imported;
    }

    public List<String> getErrors() {
        return errors;
    }

    public void addInfo(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
