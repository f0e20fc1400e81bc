package nl.dorpskracht.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.documents.control.DocumentBytes;
import nl.dorpskracht.documents.control.DocumentQueries;
import nl.dorpskracht.documents.control.Download;
import nl.dorpskracht.documents.control.DownloadReport;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentDownload;
import nl.dorpskracht.documents.entity.NationalDocument;
import nl.dorpskracht.documents.entity.Visibility;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * Downloads: who may fetch which file, the log of members-only downloads, and the bytes a slice at a time.
 * <p>
 * A download is logged in the downloader's own tenant, also for another tenant's national document: who downloaded is
 * the province's personal data and stays there. The host of a national document learns how often, never by whom.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DocumentDownloads {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentBytes bytes;

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    /**
     * The caller starts downloading an own document or another tenant's national one (anything else is not found); a
     * members-only one is logged in this transaction.
     */
    public Download start(UUID id) {
        Download download = readable(id);
        Visibility visibility = download.own()
                ? queries.own(entityManager, tenant.require(), id).orElseThrow().visibility()
                : queries.national(entityManager, id).orElseThrow().visibility();
        if (visibility == Visibility.MEMBERS) {
            caller.accountId().ifPresent(account -> {
                entityManager.persist(new DocumentDownload(download.hostTenant(), id, account));
                entityManager.flush();
            });
        }
        return download;
    }

    /** Bytes {@code from} (0-based) of a download started before; null when the document is gone meanwhile. */
    public byte[] slice(Download download, long from, int length) {
        return download.own() ? bytes.ownSlice(download.documentId(), from, length)
                : bytes.nationalSlice(download.hostTenant(), download.documentId(), from, length);
    }

    /** How often each of these own documents was downloaded, in all tenants together. */
    public Map<UUID, Long> counts(List<UUID> ownDocuments) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ownDocuments.isEmpty()) {
            return counts;
        }
        String ids = String.join(",", ownDocuments.stream().map(UUID::toString).toList());
        functions
                .rows("select cast(document_id as text) as document_id, downloads"
                        + " from document_download_counts(cast(string_to_array(#a0, ',') as uuid[]))", ids)
                .forEach(row -> counts.put(UUID.fromString((String) row.get("document_id")),
                        ((Number) row.get("downloads")).longValue()));
        return counts;
    }

    /** For admins: who of the own association downloaded the document, and for an own one how often in all. */
    public DownloadReport report(UUID id) {
        if (!caller.holds(tenant.require(), Role.TENANT_ADMIN)) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        Download download = readable(id);
        List<DownloadReport.Downloader> people = functions
                .rows("select a.display_name as name, dl.downloaded_at as downloaded_at from document_download dl"
                        + " join account a on a.id = dl.account_id where dl.tenant_id = #a0 and dl.host_tenant = #a1"
                        + " and dl.document_id = cast(#a2 as uuid) order by dl.downloaded_at desc limit "
                        + DownloadReport.MAX_LISTED, tenant.require(), download.hostTenant(), id.toString())
                .stream()
                .map(row -> new DownloadReport.Downloader((String) row.get("name"), at(row.get("downloaded_at"))))
                .toList();
        Long total = download.own() ? counts(List.of(id)).getOrDefault(id, 0L) : null;
        return new DownloadReport(id, total, people);
    }

    private Download readable(UUID id) {
        String code = tenant.require();
        var own = queries.own(entityManager, code, id);
        if (own.isPresent()) {
            Document d = own.get();
            return new Download(code, id, true, d.fileName(), d.contentType(), d.size());
        }
        NationalDocument n = queries.national(entityManager, id)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_NOT_FOUND));
        return new Download(n.hostTenant(), id, false, n.fileName(), n.contentType(), n.size());
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
    }
}
