package nl.dorpskracht.projects.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.documents.control.ContentCheck;
import nl.dorpskracht.documents.control.SpooledFile;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.projects.control.InitiativeQueries;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.control.SharedParts;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeFile;
import nl.dorpskracht.projects.entity.InitiativeFileContent;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * Documents of initiatives: admins add and delete them (type checked by the bytes, as in the documents library);
 * whoever may read the initiative downloads them.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InitiativeFiles {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 10;

    /** A file with its bytes. */
    public record Download(InitiativeView.FileView file, byte[] bytes) {
    }

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    InitiativeService initiatives;

    @Inject
    InitiativeQueries queries;

    @Inject
    SharedParts sharedParts;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    public InitiativeView.FileView add(UUID initiativeId, String givenFileName, SpooledFile file) {
        initiatives.requireAdmin();
        Initiative initiative = initiatives.own(initiativeId);
        if (file.size() > MAX_FILE_BYTES) {
            throw new ProblemException(ProblemCode.INITIATIVE_FILE_TOO_LARGE);
        }
        if (queries.files(entityManager, initiative.id()).size() >= MAX_FILES) {
            throw new ProblemException(ProblemCode.INITIATIVE_TOO_MANY_FILES);
        }
        StoredFile stored = checked(givenFileName, file);
        InitiativeFile added = new InitiativeFile(initiative.id(), stored, caller.name());
        entityManager.persist(added);
        entityManager.flush();
        entityManager.persist(new InitiativeFileContent(added.id(), file.bytes()));
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("fileId", new Object[] { null, added.id() });
        changes.put("fileName", new Object[] { null, stored.fileName() });
        changes.put("size", new Object[] { null, stored.size() });
        audit.record("ADD_FILE", InitiativeService.AUDIT_TYPE, initiative.id(), changes);
        return new InitiativeView.FileView(added.id(), stored.fileName(), stored.contentType(), stored.size(),
                added.addedAt());
    }

    public void delete(UUID initiativeId, UUID fileId) {
        initiatives.requireAdmin();
        Initiative initiative = initiatives.own(initiativeId);
        InitiativeFile file = ownFile(initiative, fileId);
        entityManager.createQuery("delete from InitiativeFileContent c where c.fileId = :id").setParameter("id", fileId)
                .executeUpdate();
        entityManager.remove(file);
        entityManager.flush();
        audit.record("DELETE_FILE", InitiativeService.AUDIT_TYPE, initiative.id(),
                Map.of("fileName", new Object[] { file.file().fileName(), null }));
    }

    /** A file of an initiative the caller may read (as {@link InitiativeService#read}); anything else not found. */
    public Download download(String host, UUID initiativeId, UUID fileId) {
        String code = tenant.require();
        if (code.equals(host)) {
            InitiativeView readable = initiatives.read(host, initiativeId);
            Initiative initiative = initiatives.own(readable.id());
            InitiativeFile file = ownFile(initiative, fileId);
            InitiativeFileContent content = entityManager.find(InitiativeFileContent.class, fileId);
            StoredFile stored = file.file();
            return new Download(new InitiativeView.FileView(file.id(), stored.fileName(), stored.contentType(),
                    stored.size(), file.addedAt()), content.bytes());
        }
        return sharedParts.content(host, initiativeId, fileId).map(e -> new Download(e.getKey(), e.getValue()))
                .orElseThrow(() -> new ProblemException(ProblemCode.INITIATIVE_FILE_NOT_FOUND));
    }

    /** A public download: a file of an own PUBLISHED PUBLIC initiative. */
    public Download publicDownload(UUID initiativeId, UUID fileId) {
        Initiative initiative = initiatives.own(initiativeId);
        if (initiative.status() != InitiativeStatus.PUBLISHED
                || initiative.visibility() != nl.dorpskracht.projects.entity.InitiativeVisibility.PUBLIC) {
            throw InitiativeService.notFound();
        }
        InitiativeFile file = ownFile(initiative, fileId);
        StoredFile stored = file.file();
        return new Download(new InitiativeView.FileView(file.id(), stored.fileName(), stored.contentType(),
                stored.size(), file.addedAt()), entityManager.find(InitiativeFileContent.class, fileId).bytes());
    }

    private InitiativeFile ownFile(Initiative initiative, UUID fileId) {
        return queries.files(entityManager, initiative.id()).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemCode.INITIATIVE_FILE_NOT_FOUND));
    }

    /** The documents library's check, its problems said as the Projectenbank's. */
    private static StoredFile checked(String givenFileName, SpooledFile file) {
        try {
            return ContentCheck.check(givenFileName, file);
        } catch (ProblemException refused) {
            throw new ProblemException(refused.code() == ProblemCode.DOCUMENT_EMPTY ? ProblemCode.INITIATIVE_FILE_EMPTY
                    : ProblemCode.INITIATIVE_FILE_TYPE);
        }
    }
}
