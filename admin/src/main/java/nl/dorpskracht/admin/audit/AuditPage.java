package nl.dorpskracht.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.security.audit.boundary.AuditTrail;
import nl.dorpskracht.security.audit.control.AuditSearch;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** The tenant's audit log for its admins: who changed or exported what, when; filtered, paged on the server. */
@Named("auditPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class AuditPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String actor;
    private String action;
    private String entityType;
    private LocalDate from;
    private LocalDate to;
    /** The loaded page of rows stays with this instance; after a move to another the model loads again. */
    private transient LazyDataModel<AuditEntry> model;
    private List<String> actions;
    private List<String> entityTypes;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    /** The actions and kinds that occur in this tenant's log, for the filters. */
    public List<String> getActions() {
        if (actions == null) {
            actions = trail.actions();
        }
        return actions;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = trail.entityTypes();
        }
        return entityTypes;
    }

    private AuditSearch search(int first, int size) {
        int pageSize = Math.max(1, Math.min(size, AuditSearch.MAX_SIZE));
        return new AuditSearch(blank(actor) ? null : actor.strip().toLowerCase(java.util.Locale.ROOT),
                blank(action) ? null : action, blank(entityType) ? null : entityType, null, from, to, first / pageSize,
                pageSize);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private final class Entries extends LazyDataModel<AuditEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenant == null ? 0 : (int) trail.search(search(0, 1)).total();
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            AuditTrail.Page page = trail.search(search(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return entry.id().toString();
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    /** The label of a code in the reader's words; never the raw code (see {@link AuditWording}). */
    public String label(String prefix, String code) {
        return wording().label(prefix, code);
    }

    /** The changes of an entry as lines "field: before → after", readable without knowing JSON. */
    public List<String> changes(AuditEntry entry) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json
                .createReader(new java.io.StringReader(entry.changes()))) {
            jakarta.json.JsonObject fields = reader.readObject();
            AuditWording wording = wording();
            return fields.entrySet().stream().map(field -> wording.label(AuditWording.FIELD, field.getKey()) + ": "
                    + value(field.getValue(), "before") + " → " + value(field.getValue(), "after")).toList();
        } catch (jakarta.json.JsonException | ClassCastException e) {
            return List.of(entry.changes());
        }
    }

    private static AuditWording wording() {
        return new AuditWording(FacesSupport.texts());
    }

    private static String value(jakarta.json.JsonValue change, String side) {
        if (!(change instanceof jakarta.json.JsonObject object) || !object.containsKey(side) || object.isNull(side)) {
            return "—";
        }
        jakarta.json.JsonValue value = object.get(side);
        return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    public String when(AuditEntry entry) {
        return DutchDates.moment(entry.occurredAt(), DutchDates.pageLocale());
    }

    public LazyDataModel<AuditEntry> getModel() {
        if (model == null) {
            model = new Entries();
        }
        return model;
    }

    public String getTenant() {
        return tenant;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
