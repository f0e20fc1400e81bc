package nl.dorpskracht.admin.prize;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.prize.boundary.PrizeService;
import nl.dorpskracht.prize.control.PrizeOverview;
import nl.dorpskracht.prize.entity.NominationInput;
import nl.dorpskracht.prize.entity.PrizePhase;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/** The Dorpskrachtprijs of one ALV for its association's admins: open, nominate for a member, move phases, results. */
@Named("prizePage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class PrizePage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    PrizeService prize;

    @Inject
    EventService events;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String event;
    private String tenant;
    private String title;
    private String memberId;
    private String initiative;
    private String village;
    private String description;
    private transient AgendaItem alv;
    private transient PrizeOverview overview;
    private transient Map<UUID, String> members;

    /** The page's view action: the caller's tenant, its own event, and the prize round if there is one. */
    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public void load() {
        refresh();
    }

    private void refresh() {
        alv = null;
        overview = null;
        members = null;
        if (tenant == null) {
            return;
        }
        UUID id = eventId();
        if (id == null) {
            return;
        }
        try {
            AgendaItem found = events.find(id, false);
            alv = found.own() ? found : null;
            if (alv != null && isAlvEvent()) {
                overview = prize.round(id);
            }
        } catch (ProblemException notThere) {
            if (notThere.code() != ProblemCode.PRIZE_NOT_FOUND && notThere.code() != ProblemCode.EVENT_NOT_FOUND) {
                throw notThere;
            }
        }
    }

    public String open() {
        return act(() -> prize.open(eventId(), title), "prize.opened");
    }

    public String moveOn() {
        if (overview == null) {
            refresh();
        }
        PrizePhase next = getNextPhase();
        if (overview == null || next == null) {
            return null;
        }
        return act(() -> prize.move(eventId(), overview.version(), next.name()), "prize.moved");
    }

    public String nominate() {
        return act(() -> {
            UUID member = memberId == null || memberId.isBlank() ? null : UUID.fromString(memberId);
            if (member == null) {
                throw ProblemException.invalid(List.of(FieldError.field("memberId", "required.member")));
            }
            prize.nominateFor(eventId(), member, new NominationInput(initiative, village, description));
            memberId = null;
            initiative = null;
            village = null;
            description = null;
        }, "prize.nominated");
    }

    /** Runs an admin's action; when it worked, back to the page's own address (with the event), so a reload is safe. */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesSupport.infoAsWritten(doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/prize?faces-redirect=true&includeViewParams=true";
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
            refresh();
            return null;
        }
    }

    private UUID eventId() {
        try {
            return event == null ? null : UUID.fromString(event);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isAlvEvent() {
        return alv != null && alv.details().type() == EventType.ALV;
    }

    public PrizePhase getPhase() {
        return overview == null ? null : PrizePhase.valueOf(overview.phase());
    }

    public PrizePhase getNextPhase() {
        PrizePhase phase = getPhase();
        return phase == null || phase == PrizePhase.PUBLISHED ? null : PrizePhase.values()[phase.ordinal() + 1];
    }

    public boolean isNominating() {
        return getPhase() == PrizePhase.NOMINATING;
    }

    /** The association's member organisations to nominate for, by name. */
    public Map<UUID, String> getMembers() {
        if (members == null && tenant != null && isNominating()) {
            members = prize.nominators();
        }
        return members == null ? Map.of() : members;
    }

    public String when(OffsetDateTime time) {
        return DutchDates.moment(time, DutchDates.pageLocale());
    }

    public String getEventTitle() {
        return alv == null ? null : alv.details().title();
    }

    public AgendaItem getAlv() {
        return alv;
    }

    public PrizeOverview getOverview() {
        return overview;
    }

    public String getTenant() {
        return tenant;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getInitiative() {
        return initiative;
    }

    public void setInitiative(String initiative) {
        this.initiative = initiative;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
