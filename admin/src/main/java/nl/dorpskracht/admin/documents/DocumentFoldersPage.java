package nl.dorpskracht.admin.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.documents.boundary.DocumentFolders;
import nl.dorpskracht.documents.control.FolderInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/** The folders part of the admin's document library: add, rename, reorder, delete an empty one. */
@Named("documentFolders")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class DocumentFoldersPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentFolders folders;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String newName;
    private String newDescription;
    private String editId;
    private String editName;
    private String editDescription;
    private Integer editPosition;
    private long editVersion;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public List<FolderView> getFolders() {
        return tenant == null ? List.of() : folders.list().stream().map(FolderView::of).toList();
    }

    public void add() {
        act(() -> {
            folders.create(new FolderInput(newName, newDescription, (getFolders().size() + 1) * 10));
            newName = null;
            newDescription = null;
        }, "documents.admin.folderAdded", "addFolder:");
    }

    public void startEdit(FolderView folder) {
        editId = folder.id().toString();
        editName = folder.name();
        editDescription = folder.description();
        editPosition = folder.position();
        editVersion = folder.version();
    }

    public void save() {
        act(() -> {
            folders.update(UUID.fromString(editId), editVersion,
                    new FolderInput(editName, editDescription, editPosition));
            editId = null;
        }, "documents.admin.folderSaved", "editFolder:");
    }

    public void delete(String id) {
        act(() -> folders.delete(UUID.fromString(id)), "documents.admin.folderDeleted", null);
    }

    private void act(Runnable action, String doneKey, String formPrefix) {
        try {
            action.run();
            FacesSupport.infoAsWritten(doneKey);
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, formPrefix);
        }
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public String getEditId() {
        return editId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
    }

    public Integer getEditPosition() {
        return editPosition;
    }

    public void setEditPosition(Integer editPosition) {
        this.editPosition = editPosition;
    }
}
