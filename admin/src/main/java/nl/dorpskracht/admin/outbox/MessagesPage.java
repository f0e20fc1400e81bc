package nl.dorpskracht.admin.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.outbox.boundary.SentMessages;
import nl.dorpskracht.outbox.control.MessageSearch;
import nl.dorpskracht.outbox.entity.MailStatus;
import nl.dorpskracht.outbox.entity.OutboxMessage;
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

/** Verzonden berichten: the tenant's outbox for its admins, filtered by status and kind, paged on the server. */
@Named("messagesPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class MessagesPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    SentMessages messages;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String status;
    private String kind;
    private List<String> kinds;
    /** The loaded page of rows stays with this instance; after a move to another the model loads again. */
    private transient LazyDataModel<OutboxMessage> model;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    /** The kinds that occur in this tenant's outbox, for the filter. */
    public List<String> getKinds() {
        if (kinds == null) {
            kinds = messages.kinds();
        }
        return kinds;
    }

    private MessageSearch search(int first, int size) {
        int pageSize = Math.max(1, Math.min(size, MessageSearch.MAX_SIZE));
        return MessageSearch.parse(status, kind, String.valueOf(first / pageSize), String.valueOf(pageSize));
    }

    /** The label of a code, or the code itself for one this page does not know yet. */
    public String label(String prefix, String code) {
        return FacesSupport.label(prefix, code);
    }

    /** An exception class shows as its simple name; a reason code as words. */
    public String problem(OutboxMessage message) {
        String error = message.lastError();
        if (error == null || message.status() == MailStatus.SENT) {
            return "";
        }
        return label("messages.error.", error.substring(error.lastIndexOf('.') + 1));
    }

    public String when(OffsetDateTime at) {
        return at == null ? "—" : DutchDates.moment(at, DutchDates.pageLocale());
    }

    private final class Messages extends LazyDataModel<OutboxMessage> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenant == null ? 0 : (int) messages.search(search(0, 1)).total();
        }

        @Override
        public List<OutboxMessage> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (tenant == null) {
                return List.of();
            }
            SentMessages.Page page = messages.search(search(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OutboxMessage message) {
            return message.id().toString();
        }

        @Override
        public OutboxMessage getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<OutboxMessage> getModel() {
        if (model == null) {
            model = new Messages();
        }
        return model;
    }

    public String getTenant() {
        return tenant;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
