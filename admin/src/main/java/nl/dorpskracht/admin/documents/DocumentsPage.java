package nl.dorpskracht.admin.documents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.documents.boundary.DocumentFolders;
import nl.dorpskracht.documents.boundary.DocumentService;
import nl.dorpskracht.documents.control.DocumentInput;
import nl.dorpskracht.documents.control.DocumentLimits;
import nl.dorpskracht.documents.control.DocumentView;
import nl.dorpskracht.documents.control.SafeFileName;
import nl.dorpskracht.documents.control.SpooledFile;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.web.faces.FacesSupport;
import org.primefaces.event.FileUploadEvent;

/**
 * The admin's document library: upload in two steps (the file first, with a progress bar, checked when saved; then its
 * folder, title and who may read it), edit the metadata, delete, and the download counts.
 */
@Named("documentsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class DocumentsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    DocumentFolders folders;

    @Inject
    DocumentLimits limits;

    @Inject
    TenantRegistry registry;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String filter;
    /** The uploaded file on disk between the upload and the save (a path, so the view state stays small). */
    private String upload;
    private long uploadSize;
    private String uploadSha256;
    private String uploadName;
    private final DocumentForm form = new DocumentForm();
    private String editId;
    private long editVersion;
    private final DocumentForm edit = new DocumentForm();

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    @PreDestroy
    void discardUpload() {
        if (upload != null) {
            SpooledFile.existing(Path.of(upload), uploadSize, uploadSha256).close();
        }
        upload = null;
        uploadName = null;
    }

    public List<DocumentView> getDocuments() {
        if (tenant == null) {
            return List.of();
        }
        UUID folder = filter == null || filter.isBlank() ? null : UUID.fromString(filter);
        return documents.list(DocumentService.Scope.LOCAL, folder, 0, DocumentService.MAX_PAGE_SIZE);
    }

    public List<FolderView> getFolders() {
        return tenant == null ? List.of() : folders.list().stream().map(FolderView::of).toList();
    }

    /** The file arrives (PrimeFaces upload, with progress): kept on disk until the admin saves. */
    public void receive(FileUploadEvent event) {
        discardUpload();
        try (var in = event.getFile().getInputStream()) {
            SpooledFile file = SpooledFile.of(in, limits.maxFileBytes());
            upload = file.path().toString();
            uploadSize = file.size();
            uploadSha256 = file.sha256();
            uploadName = SafeFileName.of(event.getFile().getFileName());
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "upload:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void save() {
        if (upload == null) {
            FacesSupport.error("documents.admin.chooseFile");
            return;
        }
        try {
            documents.upload(uploadName, form.input(), SpooledFile.existing(Path.of(upload), uploadSize, uploadSha256));
            FacesSupport.infoAsWritten("documents.admin.uploaded");
            form.clear();
            discardUpload();
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "upload:");
        }
    }

    public void startEdit(DocumentView document) {
        editId = document.id().toString();
        editVersion = document.version();
        edit.fill(document);
    }

    public void saveEdit() {
        try {
            documents.update(UUID.fromString(editId), editVersion, edit.input());
            editId = null;
            FacesSupport.infoAsWritten("documents.admin.saved");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "edit:");
        }
    }

    public void cancelEdit() {
        editId = null;
    }

    public void delete(String id) {
        try {
            documents.delete(UUID.fromString(id));
            FacesSupport.infoAsWritten("documents.admin.deleted");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, null);
        }
    }

    /** Where the browser fetches the file: the API's download, which reads with the page's session. */
    public String downloadUrl(DocumentView document) {
        return "/api/v1/" + tenant + "/documents/" + document.id() + "/content";
    }

    public String size(long bytes) {
        return DocumentTexts.size(bytes);
    }

    public String getUsage() {
        long[] usage = documents.usage();
        return FacesSupport.texts().getString("documents.admin.usage").replace("{0}", DocumentTexts.size(usage[0]))
                .replace("{1}", DocumentTexts.size(usage[1]));
    }

    public boolean isNationalTenant() {
        return tenant != null && registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    public long getMaxFileBytes() {
        return limits.maxFileBytes();
    }

    public boolean isUploaded() {
        return upload != null && Files.exists(Path.of(upload));
    }

    public String getUploadName() {
        return uploadName;
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public DocumentForm getForm() {
        return form;
    }

    public DocumentForm getEdit() {
        return edit;
    }

    public String getEditId() {
        return editId;
    }
}
