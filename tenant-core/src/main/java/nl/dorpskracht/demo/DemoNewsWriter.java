package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.news.control.NewsHtml;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.news.entity.NewsText;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Seeding is system code, not a request: each item is one transaction in its own tenant. */
@ApplicationScoped
@Transactional
public class DemoNewsWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    public void addMissing(DemoNews.DemoItem demo) {
        tenantWork.workIn(demo.tenant());
        boolean present = entityManager
                .createQuery("select count(n) from NewsItem n where n.title = :title", Long.class)
                .setParameter("title", demo.title()).getSingleResult() > 0;
        if (present) {
            return;
        }
        NewsText text = new NewsText(demo.title(), demo.summary(), NewsHtml.sanitise(demo.bodyHtml()), demo.audience(),
                demo.national());
        NewsItem item;
        if (demo.status() == NewsStatus.SUBMITTED) {
            UUID organisation = entityManager
                    .createQuery("select m from MemberOrganisation m order by m.name", MemberOrganisation.class)
                    .setMaxResults(1).getResultStream().findFirst().map(MemberOrganisation::id).orElse(null);
            if (organisation == null) {
                return;
            }
            item = new NewsItem(text, organisation, null, NewsStatus.SUBMITTED);
        } else {
            item = new NewsItem(text, null, null, NewsStatus.DRAFT);
            if (demo.status() == NewsStatus.PUBLISHED) {
                item.publish(null);
                item.backdate(demo.daysAgo());
            }
        }
        entityManager.persist(item);
    }
}
