package nl.dorpskracht.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.news.boundary.PublishedNews;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NewsFile;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.news.entity.NewsText;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PublishedNews inside the container, under JTA with the container's pool and the tenant interceptor: another province
 * reads neither drafts nor items that are not national; every province reads LVKK's published national items (and their
 * image); a province's item cannot be made national, whatever the code tries.
 */
@ExtendWith(ArquillianExtension.class)
class NewsInContainerIT {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"))
                .addClass(NewsInContainerIT.class);
    }

    @Inject
    PublishedNews news;

    @Inject
    TenantContext tenant;

    @PersistenceContext(unitName = "dorpskracht")
    EntityManager entityManager;

    @Inject
    UserTransaction transaction;

    @Test
    void anotherProvinceReadsPublishedNationalItemsOnly() throws Exception {
        String run = UUID.randomUUID().toString();
        UUID national = write("lvkk", "Landelijk " + run, true, NewsStatus.PUBLISHED, true);
        UUID nationalDraft = write("lvkk", "Landelijk concept " + run, true, NewsStatus.DRAFT, false);
        UUID lvkkOnly = write("lvkk", "Alleen LVKK " + run, false, NewsStatus.PUBLISHED, false);
        UUID ovkk = write("ovkk", "Overijssel " + run, false, NewsStatus.PUBLISHED, false);
        UUID ovkkDraft = write("ovkk", "Overijssel concept " + run, false, NewsStatus.DRAFT, false);

        tenant.bind("zhvkk");
        Set<UUID> zhvkk = ids(news.forMembers(200));
        assertTrue(zhvkk.contains(national));
        for (UUID hidden : List.of(nationalDraft, lvkkOnly, ovkk, ovkkDraft)) {
            assertFalse(zhvkk.contains(hidden), hidden.toString());
            assertTrue(news.find(hidden).isEmpty(), hidden.toString());
            assertTrue(news.image(hidden).isEmpty(), hidden.toString());
        }
        NewsArticle read = news.find(national).orElseThrow();
        assertEquals("lvkk", read.tenantCode());
        assertTrue(read.national() && read.hasImage());
        assertEquals("image/png", news.image(national).orElseThrow().contentType());
        assertTrue(ids(news.national(200)).contains(national));
        assertFalse(ids(news.local(200)).contains(national));
    }

    /** One tenant per request (TenantContext refuses a second): the province's own view in a test of its own. */
    @Test
    void aProvinceReadsItsOwnPublishedItemsAndTheNationalOnesButNoDrafts() throws Exception {
        String run = UUID.randomUUID().toString();
        UUID national = write("lvkk", "Landelijk " + run, true, NewsStatus.PUBLISHED, false);
        UUID ovkk = write("ovkk", "Overijssel " + run, false, NewsStatus.PUBLISHED, false);
        UUID ovkkDraft = write("ovkk", "Overijssel concept " + run, false, NewsStatus.DRAFT, false);
        tenant.bind("ovkk");
        Set<UUID> own = ids(news.forMembers(200));
        assertTrue(own.contains(ovkk) && own.contains(national));
        assertFalse(own.contains(ovkkDraft), "a draft is nobody's news yet");
        assertTrue(news.publicItems(200).stream()
                .allMatch(a -> a.audience() == Audience.PUBLIC && !a.national() && a.tenantCode().equals("ovkk")));
    }

    @Test
    void aProvinceCannotMakeItsItemNational() throws Exception {
        UUID own = write("ovkk", "Eigen " + UUID.randomUUID(), false, NewsStatus.PUBLISHED, false);
        Exception refused = assertThrows(Exception.class, () -> {
            transaction.begin();
            try {
                inTenant("ovkk");
                entityManager.createQuery("update NewsItem n set n.national = true where n.id = :id")
                        .setParameter("id", own).executeUpdate();
                transaction.commit();
            } finally {
                if (transaction.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE
                        || transaction.getStatus() == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                    transaction.rollback();
                }
            }
        });
        assertTrue(deepContains(refused), "refused by the database's policy: " + refused);
        tenant.bind("zhvkk");
        assertTrue(news.find(own).isEmpty(), "still not national");
    }

    private UUID write(String tenantCode, String title, boolean national, NewsStatus status, boolean image)
            throws Exception {
        transaction.begin();
        try {
            inTenant(tenantCode);
            NewsItem item = new NewsItem(new NewsText(title, "Kort", "<p>Tekst</p>", Audience.MEMBERS, national), null,
                    null, NewsStatus.DRAFT);
            if (status == NewsStatus.PUBLISHED) {
                item.publish(null);
            }
            entityManager.persist(item);
            entityManager.flush();
            if (image) {
                entityManager.persist(new NewsFile(item.id(), FileKind.IMAGE, "kaart.png", "image/png", PNG));
            }
            transaction.commit();
            return item.id();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private void inTenant(String tenantCode) {
        entityManager.setProperty(TenantOwned.REGION_SCOPE_PROPERTY, TenantOwned.ALL_REGIONS);
        entityManager.setProperty(TenantOwned.TENANT_PROPERTY, tenantCode);
    }

    private static boolean deepContains(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("row-level security")) {
                return true;
            }
        }
        return false;
    }

    private static Set<UUID> ids(List<NewsArticle> articles) {
        return articles.stream().map(NewsArticle::id).collect(Collectors.toSet());
    }
}
