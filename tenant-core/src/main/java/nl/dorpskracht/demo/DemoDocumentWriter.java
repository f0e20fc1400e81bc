package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.documents.control.FileTypes;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentContent;
import nl.dorpskracht.documents.entity.DocumentDetails;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.documents.entity.FolderDetails;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.documents.entity.Visibility;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Writes one tenant's demo library in one transaction: the folders it lacks, the files it has no title of. */
@ApplicationScoped
@Transactional
public class DemoDocumentWriter {

    private static final String ADDED_BY = "demo";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    /** Returns how many files were added. */
    public int addMissing(String tenant, List<String> folderNames, List<DemoDocuments.DemoFile> files) {
        tenantWork.workIn(tenant);
        Map<String, UUID> folders = new HashMap<>();
        entityManager.createQuery("select f from DocumentFolder f", DocumentFolder.class).getResultList()
                .forEach(f -> folders.put(f.name(), f.id()));
        for (int i = 0; i < folderNames.size(); i++) {
            String name = folderNames.get(i);
            if (!folders.containsKey(name)) {
                DocumentFolder folder = new DocumentFolder(new FolderDetails(name, null, (i + 1) * 10));
                entityManager.persist(folder);
                folders.put(name, folder.id());
            }
        }
        entityManager.flush();
        List<String> titles = entityManager.createQuery("select d.title from Document d", String.class).getResultList();
        int added = 0;
        for (DemoDocuments.DemoFile file : files) {
            if (titles.contains(file.title())) {
                continue;
            }
            byte[] bytes = DemoDocuments.contentOf(file);
            StoredFile stored = new StoredFile(file.fileName(),
                    FileTypes.ofFileName(file.fileName()).orElseThrow().servedAs(), bytes.length, sha256(bytes));
            Document document = new Document(
                    new DocumentDetails(folders.get(file.folder()), file.title(), null,
                            file.publicFile() ? Visibility.PUBLIC : Visibility.MEMBERS, file.national()),
                    stored, ADDED_BY);
            entityManager.persist(document);
            entityManager.flush();
            entityManager.persist(new DocumentContent(document.id(), bytes));
            entityManager.flush();
            added++;
        }
        return added;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
