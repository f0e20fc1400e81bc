package nl.dorpskracht.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.documents.control.DocumentQueries;
import nl.dorpskracht.documents.control.FolderInput;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.documents.entity.FolderDetails;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Role;

/** The folders of the tenant's library: every reader lists them, admins write them; a folder goes only when empty. */
@ApplicationScoped
@Transactional
@TenantBound
public class DocumentFolders {

    public static final String AUDIT_TYPE = "DocumentFolder";

    /** Where an upload without a folder goes; made when it is first needed. */
    public static final String DEFAULT_FOLDER = "Algemeen";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    DocumentQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    public List<DocumentFolder> list() {
        return queries.folders(entityManager);
    }

    public DocumentFolder find(UUID id) {
        return queries.folder(entityManager, tenant.require(), id)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_FOLDER_NOT_FOUND));
    }

    /** The folder {@value #DEFAULT_FOLDER}, made (and audited) when the tenant has none of that name. */
    public DocumentFolder defaultFolder() {
        return queries.folders(entityManager).stream().filter(f -> f.name().equalsIgnoreCase(DEFAULT_FOLDER))
                .findFirst().orElseGet(() -> create(new FolderInput(DEFAULT_FOLDER, null, 1000)));
    }

    public DocumentFolder create(FolderInput input) {
        requireAdmin();
        FolderDetails details = input.validate();
        requireUniqueName(details.name(), null);
        DocumentFolder folder = new DocumentFolder(details);
        entityManager.persist(folder);
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        details.fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        audit.record("CREATE", AUDIT_TYPE, folder.id(), changes);
        return folder;
    }

    public DocumentFolder update(UUID id, Long expectedVersion, FolderInput input) {
        requireAdmin();
        FolderDetails details = input.validate();
        DocumentFolder folder = find(id);
        if (expectedVersion == null || expectedVersion != folder.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        requireUniqueName(details.name(), id);
        Map<String, Object[]> changes = folder.describe(details);
        if (!changes.isEmpty()) {
            entityManager.flush();
            audit.record("UPDATE", AUDIT_TYPE, id, changes);
        }
        return folder;
    }

    public void delete(UUID id) {
        requireAdmin();
        DocumentFolder folder = find(id);
        if (queries.countOwn(entityManager, id) > 0) {
            throw new ProblemException(ProblemCode.DOCUMENT_FOLDER_NOT_EMPTY);
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        folder.details().fields().forEach((field, value) -> changes.put(field, new Object[] { value, null }));
        entityManager.remove(folder);
        entityManager.flush();
        audit.record("DELETE", AUDIT_TYPE, id, changes);
    }

    private void requireUniqueName(String name, UUID except) {
        boolean taken = queries.folders(entityManager).stream()
                .anyMatch(f -> !f.id().equals(except) && f.name().equalsIgnoreCase(name));
        if (taken) {
            throw new ProblemException(ProblemCode.DOCUMENT_FOLDER_DUPLICATE);
        }
    }

    private void requireAdmin() {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
