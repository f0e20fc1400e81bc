package nl.dorpskracht.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.documents.entity.NationalDocument;
import nl.dorpskracht.documents.entity.Visibility;

/** The reads of the library, in the persistence context's tenant (own rows) or through the national view. */
@ApplicationScoped
public class DocumentQueries {

    /** Own documents, optionally of one folder and one visibility, newest first, one page. */
    public List<DocumentSummary> own(EntityManager entityManager, String tenantCode, UUID folderId,
            Visibility visibility, int offset, int limit) {
        StringBuilder jpql = new StringBuilder(
                "select d, f.name from Document d, DocumentFolder f where f.id = d.folderId");
        if (folderId != null) {
            jpql.append(" and d.folderId = :folder");
        }
        if (visibility != null) {
            jpql.append(" and d.visibility = :visibility");
        }
        jpql.append(" order by d.addedAt desc, d.id");
        var query = entityManager.createQuery(jpql.toString(), Object[].class).setFirstResult(offset)
                .setMaxResults(limit);
        if (folderId != null) {
            query.setParameter("folder", folderId);
        }
        if (visibility != null) {
            query.setParameter("visibility", visibility);
        }
        return query.getResultList().stream().map(row -> summaryOf(tenantCode, (Document) row[0], (String) row[1]))
                .toList();
    }

    public long countOwn(EntityManager entityManager, UUID folderId) {
        if (folderId == null) {
            return entityManager.createQuery("select count(d) from Document d", Long.class).getSingleResult();
        }
        return entityManager.createQuery("select count(d) from Document d where d.folderId = :folder", Long.class)
                .setParameter("folder", folderId).getSingleResult();
    }

    /** Other tenants' national documents, newest first, one page. */
    public List<DocumentSummary> national(EntityManager entityManager, int offset, int limit) {
        return entityManager
                .createQuery("select n from NationalDocument n order by n.addedAt desc, n.id", NationalDocument.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(DocumentQueries::summaryOf)
                .toList();
    }

    /**
     * An own document. The tenant is named in the query as well: row-level security lets every tenant read national
     * documents from the same table, and an own document must never turn out to be another tenant's.
     */
    public Optional<Document> own(EntityManager entityManager, String tenantCode, UUID id) {
        return entityManager
                .createQuery("select d from Document d where d.id = :id and d.tenantId = :tenant", Document.class)
                .setParameter("id", id).setParameter("tenant", tenantCode).getResultStream().findFirst();
    }

    public Optional<NationalDocument> national(EntityManager entityManager, UUID id) {
        return entityManager.createQuery("select n from NationalDocument n where n.id = :id", NationalDocument.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<DocumentFolder> folders(EntityManager entityManager) {
        return entityManager
                .createQuery("select f from DocumentFolder f order by f.position, lower(f.name)", DocumentFolder.class)
                .setMaxResults(500).getResultList();
    }

    public Optional<DocumentFolder> folder(EntityManager entityManager, String tenantCode, UUID id) {
        return entityManager
                .createQuery("select f from DocumentFolder f where f.id = :id and f.tenantId = :tenant",
                        DocumentFolder.class)
                .setParameter("id", id).setParameter("tenant", tenantCode).getResultStream().findFirst();
    }

    /** The bytes all own documents take together, for the association's quota. */
    public long totalSize(EntityManager entityManager) {
        Long total = entityManager.createQuery("select sum(d.size) from Document d", Long.class).getSingleResult();
        return total == null ? 0 : total;
    }

    public static DocumentSummary summaryOf(String tenantCode, Document document, String folderName) {
        return new DocumentSummary(document.id(), tenantCode, document.national(), folderName, document.title(),
                document.fileName(), document.contentType(), document.size(), document.visibility(),
                document.addedAt());
    }

    public static DocumentSummary summaryOf(NationalDocument document) {
        return new DocumentSummary(document.id(), document.hostTenant(), true, document.folderName(), document.title(),
                document.fileName(), document.contentType(), document.size(), document.visibility(),
                document.addedAt());
    }
}
