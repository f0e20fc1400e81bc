package nl.dorpskracht.admin.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The admin page of the Projectenbank: the association's initiatives page by page (optionally of one status), how many
 * submissions wait for approval, and a way to a new one.
 */
@Named("initiativesPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class InitiativesPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    InitiativeService initiatives;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String status;
    private Long submitted;
    private transient LazyDataModel<InitiativeView> model;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    /** Shows the list of the chosen status; the lazy model reads it on its next load. */
    public void filter() {
        model = null;
    }

    private final class InitiativeRows extends LazyDataModel<InitiativeView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenant == null ? 0 : (int) initiatives.count(chosenStatus());
        }

        @Override
        public List<InitiativeView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            int size = Math.max(1, Math.min(pageSize, InitiativeService.MAX_PAGE_SIZE));
            return initiatives.list(chosenStatus(), first / size, size);
        }

        @Override
        public String getRowKey(InitiativeView item) {
            return item.id().toString();
        }

        @Override
        public InitiativeView getRowData(String rowKey) {
            return null;
        }
    }

    private InitiativeStatus chosenStatus() {
        return status == null ? null : InitiativeStatus.valueOf(status);
    }

    public LazyDataModel<InitiativeView> getModel() {
        if (model == null) {
            model = new InitiativeRows();
        }
        return model;
    }

    /** Submitted first: they wait for an admin. */
    public List<String> getStatuses() {
        return List.of("SUBMITTED", "DRAFT", "PUBLISHED", "REJECTED", "ARCHIVED");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || Arrays.stream(InitiativeStatus.values()).noneMatch(s -> s.name().equals(status))
                ? null : status;
    }

    /** How many submissions wait for approval. */
    public long getSubmitted() {
        if (submitted == null) {
            submitted = tenant == null ? 0L : initiatives.count(InitiativeStatus.SUBMITTED);
        }
        return submitted;
    }

    public String getTenant() {
        return tenant;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}
