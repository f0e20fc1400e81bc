package nl.dorpskracht.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.dorpskracht.documents.boundary.DocumentLibrary;
import nl.dorpskracht.documents.control.DocumentBytes;
import nl.dorpskracht.documents.control.DocumentSummary;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.DocumentContent;
import nl.dorpskracht.documents.entity.DocumentDetails;
import nl.dorpskracht.documents.entity.DocumentFolder;
import nl.dorpskracht.documents.entity.FolderDetails;
import nl.dorpskracht.documents.entity.NationalDocument;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.documents.entity.Visibility;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documents library's isolation inside the container, through EclipseLink and through the database alone: a
 * province reads none of another province's documents (members-only or public) and writes none of LVKK's, every tenant
 * reads LVKK's national documents, and only a national tenant's document can be national.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsInContainerIT {

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"))
                .addClass(DocumentsInContainerIT.class);
    }

    @Inject
    DocumentLibrary library;

    @Inject
    DocumentBytes bytes;

    @Inject
    TenantContext tenant;

    @Inject
    ApplicationDataSource dataSource;

    @PersistenceContext(unitName = "dorpskracht")
    EntityManager entityManager;

    @Inject
    UserTransaction transaction;

    @Test
    void aProvinceReadsNoneOfAnotherProvincesDocumentsButEveryTenantReadsLvkksNationalOnes() throws Exception {
        UUID zhMembers = file("zhvkk", Visibility.MEMBERS, false, "Alleen leden ZH");
        UUID zhPublic = file("zhvkk", Visibility.PUBLIC, false, "Openbaar ZH");
        UUID lvkkNational = file("lvkk", Visibility.MEMBERS, true, "Landelijk stuk");
        UUID lvkkOwn = file("lvkk", Visibility.MEMBERS, false, "Alleen LVKK");
        List<UUID> all = List.of(zhMembers, zhPublic, lvkkNational, lvkkOwn);

        assertEquals(List.of(lvkkNational), visibleInDatabase("vkkl", all), "row-level security alone, as vkkl");
        assertEquals(List.of(zhMembers, zhPublic, lvkkNational), visibleInDatabase("zhvkk", all));
        assertEquals(List.of(), visibleInDatabase("", all), "no tenant, no rows");
        assertEquals(List.of(),
                inTenant("vkkl", em -> em.createQuery("select d.id from Document d where d.id in" + " :ids", UUID.class)
                        .setParameter("ids", all).getResultList()),
                "own documents of vkkl");
        assertEquals(List.of(lvkkNational),
                inTenant("vkkl",
                        em -> em.createQuery("select n.id from NationalDocument n" + " where n.id in :ids", UUID.class)
                                .setParameter("ids", all).getResultList()));
        assertEquals(List.of(),
                inTenant("lvkk",
                        em -> em.createQuery("select n.id from NationalDocument n" + " where n.id in :ids", UUID.class)
                                .setParameter("ids", all).getResultList()),
                "the national view is for other tenants; LVKK reads its own in document");
        assertEquals("Landelijk stuk".length(),
                inTenant("ovkk", em -> bytes.nationalSlice("lvkk", lvkkNational, 0, 1000)).length,
                "national bytes for every tenant");
        assertNull(this.<byte[]> inTenant("ovkk", em -> bytes.ownSlice(zhMembers, 0, 1000)));
        assertNull(this.<byte[]> inTenant("ovkk", em -> bytes.nationalSlice("lvkk", lvkkOwn, 0, 1000)));
        assertEquals("Alleen",
                new String(inTenant("zhvkk", em -> bytes.ownSlice(zhMembers, 0, 6)), StandardCharsets.UTF_8),
                "a slice of an own document");
    }

    @Test
    void thePublicLibraryShowsOwnPublicDocumentsOnly() throws Exception {
        UUID zhMembers = file("zhvkk", Visibility.MEMBERS, false, "Leden ZH bibliotheek");
        UUID zhPublic = file("zhvkk", Visibility.PUBLIC, false, "Openbaar ZH bibliotheek");
        UUID lvkkPublicNational = file("lvkk", Visibility.PUBLIC, true, "Openbaar landelijk");

        tenant.bind("zhvkk");
        List<UUID> zh = library.publicDocuments(200).stream().map(DocumentSummary::id).toList();
        assertTrue(zh.contains(zhPublic));
        assertFalse(zh.contains(zhMembers));
        assertFalse(zh.contains(lvkkPublicNational), "a national document is not on a province's public page");
        assertTrue(library.publicFile(zhPublic).isPresent());
        assertTrue(library.publicFile(zhMembers).isEmpty());
        assertTrue(library.publicFile(lvkkPublicNational).isEmpty());

        tenant.bind("vkkl");
        assertFalse(library.publicDocuments(200).stream().map(DocumentSummary::id).toList().contains(zhPublic));
        assertTrue(library.publicFile(zhPublic).isEmpty());
    }

    @Test
    void onlyANationalTenantsDocumentCanBeNationalAndNoProvinceWritesLvkksDocuments() throws Exception {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> file("zhvkk", Visibility.MEMBERS, true, "Zogenaamd landelijk"));
        assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("row-level security"), refused.toString());

        UUID national = file("lvkk", Visibility.MEMBERS, true, "Niet te wijzigen");
        assertEquals(0, updateInDatabase("vkkl", "update document set title = 'gewijzigd' where id = ?", national));
        assertEquals(0, updateInDatabase("vkkl", "delete from document_content where document_id = ?", national));
        assertEquals(0, updateInDatabase("vkkl", "delete from document where id = ?", national));
        assertEquals(List.of(national), visibleInDatabase("vkkl", List.of(national)));
    }

    @Test
    void aDownloadIsLoggedInTheDownloadersProvinceAndItsHostReadsCountsOnly() throws Exception {
        UUID national = file("lvkk", Visibility.MEMBERS, true, "Telbaar landelijk");
        UUID zhMembers = file("zhvkk", Visibility.MEMBERS, false, "Niet te loggen");
        UUID account = anyAccount();
        String log = "insert into document_download (tenant_id, id, host_tenant, document_id, account_id)"
                + " values (current_setting('app.tenant_id', true), gen_random_uuid(), ?, ?, ?)";
        assertEquals(1, updateInDatabase("vkkl", log, "lvkk", national, account));
        assertEquals(1, updateInDatabase("ovkk", log, "lvkk", national, account));
        assertThrows(SQLException.class, () -> updateInDatabase("vkkl", log, "zhvkk", zhMembers, account),
                "no log of a document the province cannot read");

        assertEquals(List.of("2"), queryInDatabase("lvkk",
                "select downloads::text from document_download_counts(array[?::uuid])", national));
        assertEquals(List.of("0"),
                queryInDatabase("lvkk", "select count(*)::text from document_download where document_id = ?", national),
                "the host reads no rows: who downloaded stays in the province");
        assertEquals(List.of("1"), queryInDatabase("vkkl",
                "select count(*)::text from document_download where document_id = ?", national));
        assertEquals(
                List.of(), queryInDatabase("vkkl",
                        "select downloads::text from document_download_counts(array[?::uuid])", national),
                "counts only for the caller's own documents");
    }

    private UUID file(String tenantCode, Visibility visibility, boolean national, String text) throws Exception {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return inTenant(tenantCode, em -> {
            DocumentFolder folder = new DocumentFolder(new FolderDetails("Map " + UUID.randomUUID(), null, 0));
            em.persist(folder);
            em.flush();
            Document document = new Document(new DocumentDetails(folder.id(), text, null, visibility, national),
                    new StoredFile("stuk.txt", "text/plain", content.length, "0".repeat(64)), "in-container");
            em.persist(document);
            em.flush();
            em.persist(new DocumentContent(document.id(), content));
            em.flush();
            return document.id();
        });
    }

    private <T> T inTenant(String tenantCode, Function<EntityManager, T> work) throws Exception {
        transaction.begin();
        try {
            entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
            entityManager.setProperty(TenantOwned.TENANT_PROPERTY, tenantCode);
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    private List<UUID> visibleInDatabase(String tenantCode, List<UUID> ids) throws Exception {
        List<UUID> visible = new ArrayList<>();
        for (UUID id : ids) {
            if (!queryInDatabase(tenantCode, "select id::text from document where id = ?", id).isEmpty()) {
                visible.add(id);
            }
        }
        return visible;
    }

    private List<String> queryInDatabase(String tenantCode, String sql, Object... arguments) throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.get().getConnection()) {
            setTenant(connection, tenantCode);
            try (PreparedStatement statement = bind(connection.prepareStatement(sql), arguments);
                    ResultSet row = statement.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (row.next()) {
                    found.add(row.getString(1));
                }
                return found;
            }
        } finally {
            transaction.rollback();
        }
    }

    private int updateInDatabase(String tenantCode, String sql, Object... arguments) throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.get().getConnection()) {
            setTenant(connection, tenantCode);
            try (PreparedStatement statement = bind(connection.prepareStatement(sql), arguments)) {
                return statement.executeUpdate();
            }
        } finally {
            transaction.rollback();
        }
    }

    private UUID anyAccount() throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.get().getConnection();
                ResultSet row = connection.createStatement().executeQuery("select id from account limit 1")) {
            assertTrue(row.next(), "the demo data has accounts");
            return (UUID) row.getObject(1);
        } finally {
            transaction.rollback();
        }
    }

    private static void setTenant(Connection connection, String tenantCode) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenantCode);
            set.execute();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
