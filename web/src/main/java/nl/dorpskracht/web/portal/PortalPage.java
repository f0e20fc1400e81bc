package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.portal.boundary.PortalService;
import nl.dorpskracht.portal.control.FeedItem;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * The portal's start page: the agenda of the member's province ("Mijn provincie") or what is shared nationally
 * ("Landelijk"), grouped by day; the choice is remembered for the next visit.
 */
@Named("portal")
@ViewScoped
public class PortalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MemberTenant memberTenant;

    @Inject
    transient PortalService portal;

    @Inject
    transient PortalPreference preference;

    @Inject
    transient TenantRegistry registry;

    private String tenant;
    private String tenantName;
    private PortalScope scope = PortalScope.LOCAL;
    private transient List<AgendaDay> days;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        if (!own.isEmpty()) {
            tenant = own.get(0);
            tenantName = registry.nameOf(tenant);
            scope = preference.current();
        }
    }

    public List<AgendaDay> getDays() {
        if (days == null && tenant != null) {
            try {
                memberTenant.enter(tenant);
                days = byDay(portal.feed(scope));
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                days = List.of();
            }
        }
        return days == null ? List.of() : days;
    }

    public void choose(String chosen) {
        scope = PortalScope.parse(chosen);
        preference.remember(scope);
        days = null;
    }

    private List<AgendaDay> byDay(List<FeedItem> items) {
        Map<String, List<FeedItem>> days = new LinkedHashMap<>();
        items.forEach(item -> days
                .computeIfAbsent(EventTexts.day(item.startsAt(), PageMessages.locale()), day -> new ArrayList<>())
                .add(item));
        return days.entrySet().stream().map(day -> new AgendaDay(day.getKey(), day.getValue())).toList();
    }

    public String hours(FeedItem item) {
        return EventTexts.hours(item, PageMessages.locale());
    }

    public String badge(FeedItem item) {
        return EventTexts.badge(item.registration());
    }

    public String places(FeedItem item) {
        return EventTexts.places(item);
    }

    public boolean isMember() {
        return tenant != null;
    }

    public boolean isNational() {
        return scope == PortalScope.NATIONAL;
    }

    public String getScope() {
        return scope.name();
    }

    public String getTenantName() {
        return tenantName;
    }
}
