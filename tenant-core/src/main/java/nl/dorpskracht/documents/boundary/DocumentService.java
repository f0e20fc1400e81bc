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
import nl.dorpskracht.documents.control.ContentCheck;
import nl.dorpskracht.documents.control.DocumentInput;
import nl.dorpskracht.documents.control.DocumentLimits;
import nl.dorpskracht.documents.control.DocumentQueries;
import nl.dorpskracht.documents.control.DocumentView;
import nl.dorpskracht.documents.control.SpooledFile;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentContent;
import nl.dorpskracht.documents.entity.DocumentDetails;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * The tenant's document library for the people of the tenant: every reader (member contacts, admins, ambassadors) lists
 * and reads its own documents, members-only and public, and other tenants' national ones ("Landelijk"); admins upload,
 * describe and delete their own. One upload is one transaction: the document and its bytes land together or not at all.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DocumentService {

    public static final String AUDIT_TYPE = "Document";
    public static final int MAX_PAGE_SIZE = 100;

    /** Which documents: the tenant's own, other tenants' national ones ("Landelijk"). */
    public enum Scope {
        LOCAL, NATIONAL
    }

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentDownloads downloads;

    @Inject
    DocumentFolders folders;

    @Inject
    DocumentLimits limits;

    @Inject
    TransactionFunctions functions;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    Caller caller;

    /** One page, newest first; own documents of one folder if given. Admins get the download counts of their own. */
    public List<DocumentView> list(Scope scope, UUID folderId, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        if (scope == Scope.NATIONAL) {
            return queries.nationalDocuments(entityManager, offset, limit).stream().map(DocumentView::national)
                    .toList();
        }
        String code = tenant.require();
        Map<UUID, String> folders = new LinkedHashMap<>();
        queries.folders(entityManager).forEach(f -> folders.put(f.id(), f.name()));
        List<DocumentView> own = queries.ownDocuments(entityManager, folderId, offset, limit).stream()
                .map(d -> DocumentView.own(code, d, folders.get(d.folderId()), null)).toList();
        if (!isAdmin() || own.isEmpty()) {
            return own;
        }
        Map<UUID, Long> counts = downloads.counts(own.stream().map(DocumentView::id).toList());
        return own.stream().map(d -> d.withDownloads(counts.getOrDefault(d.id(), 0L))).toList();
    }

    /** An own document or another tenant's national one; anything else is not found. */
    public DocumentView find(UUID id) {
        String code = tenant.require();
        var own = queries.own(entityManager, code, id);
        if (own.isPresent()) {
            Document document = own.get();
            String folder = queries.folder(entityManager, code, document.folderId()).map(DocumentFolder::name)
                    .orElse(null);
            Long count = isAdmin() ? downloads.counts(List.of(id)).getOrDefault(id, 0L) : null;
            return DocumentView.own(code, document, folder, count);
        }
        return queries.national(entityManager, id).map(DocumentView::national)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_NOT_FOUND));
    }

    /**
     * Files an uploaded file: its content checked (type by its bytes, agreeing with its name), within the size limit
     * and the association's quota. The quota is summed under a transaction lock per tenant, so two uploads at once
     * cannot both squeeze in under it. Without a folder it goes into {@value DocumentFolders#DEFAULT_FOLDER}.
     */
    public DocumentView upload(String givenFileName, DocumentInput given, SpooledFile file) {
        requireAdmin();
        DocumentInput input = given.folderId() == null || given.folderId().isBlank()
                ? given.inFolder(folders.defaultFolder().id().toString()) : given;
        DocumentDetails details = input.validate(
                DocumentInput.titleFromFileName(nl.dorpskracht.documents.control.SafeFileName.of(givenFileName)));
        DocumentFolder folder = folder(details.folderId());
        requireNationalTenantFor(details);
        if (file.size() > limits.maxFileBytes()) {
            throw SpooledFile.tooLarge(limits.maxFileBytes());
        }
        StoredFile stored = ContentCheck.check(givenFileName, file);
        String code = tenant.require();
        functions.rows("select count(*) as locked from (select pg_advisory_xact_lock(hashtext('documents:' || #a0))) l",
                code);
        if (queries.totalSize(entityManager) + stored.size() > limits.quotaBytes()) {
            throw new ProblemException(ProblemCode.DOCUMENT_QUOTA_EXCEEDED);
        }
        Document document = new Document(details, stored, caller.name());
        entityManager.persist(document);
        entityManager.flush();
        entityManager.persist(new DocumentContent(document.id(), file.bytes()));
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        details.fields().forEach((field, value) -> changes.put(field, new Object[] { null, value }));
        changes.put("fileName", new Object[] { null, stored.fileName() });
        changes.put("contentType", new Object[] { null, stored.contentType() });
        changes.put("size", new Object[] { null, stored.size() });
        changes.put("sha256", new Object[] { null, stored.sha256() });
        audit.record("CREATE", AUDIT_TYPE, document.id(), changes);
        return DocumentView.own(code, document, folder.name(), 0L);
    }

    /** New metadata for an own document (the file stays); a stale version is a 409. */
    public DocumentView update(UUID id, Long expectedVersion, DocumentInput input) {
        requireAdmin();
        String code = tenant.require();
        Document document = queries.own(entityManager, code, id)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_NOT_FOUND));
        DocumentDetails details = input.validate(null);
        DocumentFolder folder = folder(details.folderId());
        requireNationalTenantFor(details);
        if (expectedVersion == null || expectedVersion != document.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        Map<String, Object[]> changes = document.describe(details);
        if (!changes.isEmpty()) {
            entityManager.flush();
            audit.record("UPDATE", AUDIT_TYPE, id, changes);
        }
        return DocumentView.own(code, document, folder.name(), downloads.counts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Deletes an own document with its bytes; its download log goes with it, in every tenant. */
    public void delete(UUID id) {
        requireAdmin();
        Document document = queries.own(entityManager, tenant.require(), id)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_NOT_FOUND));
        Map<String, Object[]> changes = new LinkedHashMap<>();
        document.details().fields().forEach((field, value) -> changes.put(field, new Object[] { value, null }));
        changes.put("fileName", new Object[] { document.fileName(), null });
        entityManager.createQuery("delete from DocumentContent c where c.documentId = :id").setParameter("id", id)
                .executeUpdate();
        entityManager.remove(document);
        entityManager.flush();
        audit.record("DELETE", AUDIT_TYPE, id, changes);
    }

    /** The bytes all own documents take, and the most they may take. */
    public long[] usage() {
        return new long[] { queries.totalSize(entityManager), limits.quotaBytes() };
    }

    private DocumentFolder folder(UUID id) {
        return queries.folder(entityManager, tenant.require(), id)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_FOLDER_NOT_FOUND));
    }

    private void requireNationalTenantFor(DocumentDetails details) {
        boolean nationalTenant = registry.find(tenant.require()).map(t -> t.kind() == TenantKind.NATIONAL)
                .orElse(false);
        if (details.national() && !nationalTenant) {
            throw new ProblemException(ProblemCode.NATIONAL_DOCUMENT_NOT_ALLOWED);
        }
    }

    private boolean isAdmin() {
        return caller.holds(tenant.require(), Role.TENANT_ADMIN);
    }

    private void requireAdmin() {
        if (!isAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }
}
