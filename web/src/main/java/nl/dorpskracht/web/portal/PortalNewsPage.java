package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.news.boundary.NewsService;
import nl.dorpskracht.news.control.NewsHtml;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * One news item for a member: a published item of the own province or a national one, or an item the member's own
 * organisation submitted (with where it stands). The body was cleaned when it was saved and is cleaned again here.
 */
@Named("portalNews")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalNewsPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    NewsService news;

    @Inject
    TenantRegistry registry;

    private String id;
    private String tenant;
    private NewsView item;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public void load() {
        if (tenant == null || item != null) {
            return;
        }
        try {
            item = news.find(RequestParts.id(id, ProblemCode.NEWS_NOT_FOUND));
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public String getBody() {
        return item == null ? "" : NewsHtml.sanitise(item.bodyHtml());
    }

    public String getPublishedAt() {
        return item == null ? "" : CampaignTexts.date(item.publishedAt());
    }

    public String getHostName() {
        return item == null ? "" : registry.nameOf(item.tenantCode());
    }

    public boolean isOwnProvince() {
        return item != null && tenant.equals(item.tenantCode());
    }

    public String getStatus() {
        return item == null ? "" : PageMessages.text("portal.news.status." + item.status().name());
    }

    public NewsView getItem() {
        return item;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTenant() {
        return tenant;
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}
