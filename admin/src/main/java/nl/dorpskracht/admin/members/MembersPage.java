package nl.dorpskracht.admin.members;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.MemberPage;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import nl.dorpskracht.web.faces.FacesSupport;

/** The admin page of a province's member organisations: list, search, add and edit. */
@Named("membersPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class MembersPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    nl.dorpskracht.members.boundary.RegionService regionService;

    private String tenant;
    private String query;
    private String type;
    private String status = MemberStatus.ACTIVE.name();
    private final MemberForm form = new MemberForm();
    /** The loaded page of rows stays with this instance; after a move to another the model loads again. */
    private transient LazyDataModel<MemberOrganisation> model;
    /** {@code ?municipality=unmatched}: only the organisations whose municipality the register does not know. */
    private boolean unmatchedOnly;
    private Long unmatchedCount;
    private transient List<SelectItem> municipalityChoices;

    @Inject
    MunicipalityRegister municipalities;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
        unmatchedOnly = MemberSearch.UNMATCHED.equals(
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("municipality"));
    }

    /** How many organisations name a municipality the register does not know (counted once per view). */
    public long getUnmatchedCount() {
        if (tenant == null) {
            return 0;
        }
        if (unmatchedCount == null) {
            unmatchedCount = members.countUnmatched();
        }
        return unmatchedCount;
    }

    public boolean isUnmatchedOnly() {
        return unmatchedOnly;
    }

    /** The register, grouped by province, the tenant's own province first. */
    public List<SelectItem> getMunicipalityChoices() {
        if (municipalityChoices == null) {
            Map<String, List<SelectItem>> byProvince = new LinkedHashMap<>();
            for (Municipality municipality : municipalities.choicesFor(tenant == null ? "" : tenant)) {
                byProvince.computeIfAbsent(municipality.provinceName(), p -> new ArrayList<>())
                        .add(new SelectItem(municipality.code(), municipality.name()));
            }
            municipalityChoices = new ArrayList<>();
            byProvince.forEach((province, items) -> municipalityChoices
                    .add(new SelectItemGroup(province, null, false, items.toArray(SelectItem[]::new))));
        }
        return municipalityChoices;
    }

    public void startNew() {
        form.clear();
        form.setEditing(true);
    }

    public void startEdit(String id) {
        MemberOrganisation member = members.find(UUID.fromString(id));
        form.load(member);
    }

    public void save() {
        try {
            MemberInput input = form.input();
            if (form.getId() == null) {
                members.create(input);
            } else {
                members.update(UUID.fromString(form.getId()), form.getVersion(), input);
            }
            form.clear();
            unmatchedCount = null;
            FacesSupport.infoAsWritten("members.saved");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "memberForm:");
        }
    }

    public void archive(String id) {
        try {
            members.archive(UUID.fromString(id));
            FacesSupport.infoAsWritten("members.archived");
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "memberForm:");
        }
    }

    public void cancel() {
        form.clear();
    }

    public void search() {
        // the lazy model reads query and type on its next load
    }

    private MemberSearch search(int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MemberSearch.MAX_SIZE));
        MemberType chosenType = type == null || type.isBlank() ? null : MemberType.valueOf(type);
        MemberStatus chosenStatus = status == null || status.isBlank() ? MemberStatus.ACTIVE
                : MemberStatus.valueOf(status);
        return new MemberSearch(query == null || query.isBlank() ? null : query.strip(), chosenType, null, chosenStatus,
                first / pageSize, pageSize, unmatchedOnly ? MemberSearch.UNMATCHED : null);
    }

    private final class MemberRows extends LazyDataModel<MemberOrganisation> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenant == null ? 0 : (int) members.count(search(0, 1));
        }

        @Override
        public List<MemberOrganisation> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            MemberPage page = members.search(search(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(MemberOrganisation member) {
            return member.id().toString();
        }

        @Override
        public MemberOrganisation getRowData(String rowKey) {
            return null;
        }
    }

    /** The tenant's region names, for the form's choice. */
    public List<String> getRegions() {
        if (tenant == null) {
            return List.of();
        }
        return regionService.all().stream().map(nl.dorpskracht.members.entity.Region::name).toList();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public MemberType[] getTypes() {
        return MemberType.values();
    }

    public LazyDataModel<MemberOrganisation> getModel() {
        if (model == null) {
            model = new MemberRows();
        }
        return model;
    }

    public MemberForm getForm() {
        return form;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
