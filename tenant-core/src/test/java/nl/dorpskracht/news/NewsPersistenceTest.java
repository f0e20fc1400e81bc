package nl.dorpskracht.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.news.control.PublishedNewsQueries;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NewsFile;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.news.entity.NewsText;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.SqlRows;
import nl.dorpskracht.testsupport.TestDatabase;
import nl.dorpskracht.testsupport.TestPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * News through the production mappings on a real PostgreSQL as the application role: what row-level security lets
 * another province read (published national items of the national association, nothing else) and write (nothing).
 */
class NewsPersistenceTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

    private static NewsItem nationalPublished;
    private static NewsItem nationalDraft;
    private static NewsItem lvkkOwnPublished;
    private static NewsItem ovkkPublished;
    private static NewsItem ovkkDraft;

    @BeforeAll
    static void news() {
        TestDatabase.url();
        nationalPublished = inTenant("lvkk", em -> published(em, "Landelijk nieuws", true));
        inTenant("lvkk", em -> {
            em.persist(new NewsFile(nationalPublished.id(), FileKind.IMAGE, "kaart.png", "image/png", PNG));
            return null;
        });
        nationalDraft = inTenant("lvkk", em -> draft(em, "Landelijk concept", true));
        lvkkOwnPublished = inTenant("lvkk", em -> published(em, "Alleen voor de landelijke leden", false));
        ovkkPublished = inTenant("ovkk", em -> published(em, "Nieuws uit Overijssel", false));
        inTenant("ovkk", em -> {
            em.persist(new NewsFile(ovkkPublished.id(), FileKind.IMAGE, "dorp.png", "image/png", PNG));
            return null;
        });
        ovkkDraft = inTenant("ovkk", em -> draft(em, "Overijssels concept", false));
    }

    @Test
    void anotherProvinceReadsPublishedNationalItemsOnly() {
        PublishedNewsQueries queries = new PublishedNewsQueries();
        Set<UUID> zhvkk = ids(inTenant("zhvkk", em -> queries.forMembers(em, "zhvkk", 200)));
        assertTrue(zhvkk.contains(nationalPublished.id()), "a published national item reaches every province");
        assertFalse(zhvkk.contains(nationalDraft.id()), "a national draft stays with its author");
        assertFalse(zhvkk.contains(lvkkOwnPublished.id()), "a published item that is not national stays home");
        assertFalse(zhvkk.contains(ovkkPublished.id()), "another province's item stays in that province");
        assertFalse(zhvkk.contains(ovkkDraft.id()));

        assertTrue(inTenant("zhvkk", em -> queries.find(em, "zhvkk", nationalPublished.id())).isPresent());
        assertTrue(inTenant("zhvkk", em -> queries.find(em, "zhvkk", ovkkPublished.id())).isEmpty());
        assertTrue(inTenant("zhvkk", em -> queries.find(em, "zhvkk", nationalDraft.id())).isEmpty());
        NewsArticle national = inTenant("zhvkk", em -> queries.find(em, "zhvkk", nationalPublished.id())).orElseThrow();
        assertEquals("lvkk", national.tenantCode());
        assertTrue(national.national() && national.hasImage());

        assertTrue(inTenant("zhvkk", em -> queries.image(em, nationalPublished.id())).isPresent());
        assertTrue(inTenant("zhvkk", em -> queries.image(em, ovkkPublished.id())).isEmpty());
    }

    @Test
    void aProvinceReadsItsOwnPublishedItemsAndTheNationalOnesButNoDrafts() {
        PublishedNewsQueries queries = new PublishedNewsQueries();
        List<NewsArticle> ovkk = inTenant("ovkk", em -> queries.forMembers(em, "ovkk", 200));
        Set<UUID> ids = ids(ovkk);
        assertTrue(ids.contains(ovkkPublished.id()));
        assertTrue(ids.contains(nationalPublished.id()));
        assertFalse(ids.contains(ovkkDraft.id()), "drafts are not news for readers");
        for (int i = 1; i < ovkk.size(); i++) {
            assertFalse(ovkk.get(i).publishedAt().isAfter(ovkk.get(i - 1).publishedAt()), "newest first");
        }
        assertTrue(inTenant("ovkk", em -> queries.image(em, ovkkPublished.id())).isPresent());
        assertTrue(inTenant("ovkk", em -> queries.publicItems(em, "ovkk", 200)).stream()
                .noneMatch(a -> a.audience() != Audience.PUBLIC || a.national()));
    }

    @Test
    void rowSecurityHoldsPlainSqlOfAnotherProvince() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, "zhvkk");
            assertEquals("0", SqlRows.single(connection,
                    "select count(*) from news_item where tenant_id = 'ovkk' or (tenant_id = 'lvkk' and not national)"));
            assertEquals("0", SqlRows.single(connection, "select count(*) from news_item where status <> 'PUBLISHED'"));
            assertEquals("0", SqlRows.single(connection, "select count(*) from news_file where tenant_id = 'ovkk'"));
            assertEquals("1", SqlRows.single(connection, "select count(*) from national_news where id = ?",
                    nationalPublished.id()));
            assertEquals("1", SqlRows.single(connection, "select count(*) from national_news_file where news_id = ?",
                    nationalPublished.id()));
            assertEquals(0, SqlRows.execute(connection, "update news_item set title = 'overgenomen' where id = ?",
                    nationalPublished.id()), "read, never written by another tenant");
            assertEquals(0,
                    SqlRows.execute(connection, "delete from news_file where news_id = ?", nationalPublished.id()));
            connection.rollback();
        }
    }

    @Test
    void aProvinceCannotMarkItsItemNational() {
        SQLException refused = assertThrows(SQLException.class,
                () -> TestDatabase.executeInTenant(TestDatabase.APPLICATION, "ovkk",
                        "update news_item set national = true where id = ?", ovkkPublished.id()));
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        SQLException inserted = assertThrows(SQLException.class,
                () -> TestDatabase.executeInTenant(TestDatabase.APPLICATION, "ovkk",
                        "insert into news_item (tenant_id, id, title, national) values ('ovkk', ?, 'Van ons', true)",
                        UUID.randomUUID()));
        assertEquals("42501", inserted.getSQLState(), inserted.getMessage());
    }

    private static NewsItem draft(EntityManager em, String title, boolean national) {
        NewsItem item = new NewsItem(new NewsText(title, "Kort", "<p>Tekst</p>", Audience.MEMBERS, national), null,
                null, NewsStatus.DRAFT);
        em.persist(item);
        return item;
    }

    private static NewsItem published(EntityManager em, String title, boolean national) {
        NewsItem item = draft(em, title, national);
        item.publish(UUID.randomUUID());
        return item;
    }

    private static Set<UUID> ids(List<NewsArticle> articles) {
        return articles.stream().map(NewsArticle::id).collect(Collectors.toSet());
    }

    private static <T> T inTenant(String tenant, Function<EntityManager, T> work) {
        EntityManager entityManager = TestPersistence.forTenant(tenant);
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}
