package nl.dorpskracht.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.documents.control.DocumentFile;
import nl.dorpskracht.documents.control.DocumentQueries;
import nl.dorpskracht.documents.control.DocumentSummary;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentContent;
import nl.dorpskracht.documents.entity.Visibility;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * What an association shows of its library without a login (its public pages and feeds): its own PUBLIC documents,
 * nothing members-only and nothing of another tenant, national or not.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DocumentLibrary {

    /** The most a caller gets in one list. */
    public static final int MAX_LIMIT = 200;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    DocumentQueries queries;

    @Inject
    TenantContext tenant;

    /** Own PUBLIC documents, newest first, at most {@code limit} (1 … {@value #MAX_LIMIT}). */
    public List<DocumentSummary> publicDocuments(int limit) {
        return queries.own(entityManager, tenant.require(), null, Visibility.PUBLIC, 0,
                Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /** The file of an own PUBLIC document; anything else (members-only, another tenant's, unknown) is empty. */
    public Optional<DocumentFile> publicFile(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Document> document = queries.own(entityManager, tenant.require(), id)
                .filter(d -> d.visibility() == Visibility.PUBLIC);
        return document.map(d -> new DocumentFile(d.fileName(), d.contentType(),
                entityManager.find(DocumentContent.class, d.id()).bytes()));
    }
}
