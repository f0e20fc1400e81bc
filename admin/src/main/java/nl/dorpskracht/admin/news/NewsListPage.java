package nl.dorpskracht.admin.news;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.news.boundary.NewsService;
import nl.dorpskracht.news.control.NewsInput;
import nl.dorpskracht.news.control.NewsPage;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.web.faces.FacesSupport;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The admin page of the association's news: every item page by page (optionally of one status), how many submissions
 * wait for review ("te beoordelen"), and a new draft.
 */
@Named("newsListPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class NewsListPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private String status;
    private Long submitted;
    private final NewsForm form = new NewsForm();
    private transient LazyDataModel<NewsView> model;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /** Writes a new draft and opens it. */
    public String create() {
        try {
            NewsView created = news.create(form.input());
            return "/admin/news-item?faces-redirect=true&id=" + created.id();
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "newForm:");
            return null;
        }
    }

    /** Shows the list of the chosen status; the lazy model reads it on its next load. */
    public void filter() {
        model = null;
    }

    private final class NewsRows extends LazyDataModel<NewsView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenant == null ? 0 : (int) news.list(chosenStatus(), 0, 1).total();
        }

        @Override
        public List<NewsView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            NewsPage page = news.list(chosenStatus(), first, pageSize);
            setRowCount((int) page.total());
            submitted = page.submitted();
            return page.items();
        }

        @Override
        public String getRowKey(NewsView item) {
            return item.id().toString();
        }

        @Override
        public NewsView getRowData(String rowKey) {
            return null;
        }
    }

    private NewsStatus chosenStatus() {
        return status == null || status.isBlank() ? null : NewsStatus.valueOf(status);
    }

    public LazyDataModel<NewsView> getModel() {
        if (model == null) {
            model = new NewsRows();
        }
        return model;
    }

    public List<String> getStatuses() {
        return Arrays.stream(NewsStatus.values()).map(Enum::name).toList();
    }

    public boolean isNationalTenant() {
        return tenant != null && registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() || !getStatuses().contains(status) ? null : status;
    }

    /** How many submissions wait for review ("te beoordelen"). */
    public long getSubmitted() {
        if (submitted == null) {
            submitted = tenant == null ? 0L : news.list(null, 0, 1).submitted();
        }
        return submitted;
    }

    public NewsForm getForm() {
        return form;
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    /** What the new-draft form holds. */
    public static final class NewsForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private String title;
        private String summary;
        private String body;
        private String audience = "MEMBERS";
        private boolean national;

        NewsInput input() {
            return new NewsInput(title, summary, body, audience, national);
        }

        void load(NewsView item) {
            title = item.title();
            summary = item.summary();
            body = item.bodyHtml();
            audience = item.audience().name();
            national = item.national();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String audience) {
            this.audience = audience;
        }

        public boolean isNational() {
            return national;
        }

        public void setNational(boolean national) {
            this.national = national;
        }
    }
}
