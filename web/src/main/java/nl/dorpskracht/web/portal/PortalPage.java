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
import nl.dorpskracht.portal.control.ProjectTeaser;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;

/**
 * The portal's start page: the agenda of the member's province ("Mijn provincie") or what is shared nationally
 * ("Landelijk"), grouped by day, and the lobby campaigns and news of the same scope; the choice is remembered for the
 * next visit.
 */
@Named("portal")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    PortalService portal;

    @Inject
    PortalPreference preference;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private String tenantName;
    private PortalScope scope = PortalScope.LOCAL;
    private transient List<AgendaDay> days;
    private transient List<FeedItem> campaigns;
    private transient List<FeedItem> news;
    private transient List<ProjectTeaser> initiatives;
    private transient List<ProjectTeaser> requests;

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
        load();
        return days == null ? List.of() : days;
    }

    /** The campaigns of the chosen scope, open ones first. */
    public List<FeedItem> getCampaigns() {
        load();
        return campaigns == null ? List.of() : campaigns;
    }

    private void load() {
        if (days == null && tenant != null) {
            try {
                List<FeedItem> feed = portal.feed(scope);
                campaigns = feed.stream().filter(item -> FeedItem.CAMPAIGN.equals(item.kind())).toList();
                news = feed.stream().filter(item -> FeedItem.NEWS.equals(item.kind())).toList();
                days = byDay(feed.stream().filter(item -> FeedItem.EVENT.equals(item.kind())).toList());
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                days = List.of();
                campaigns = List.of();
                news = List.of();
            }
        }
    }

    /** How many campaigns of the scope the member's organisation could co-sign today. */
    public long getOpenCampaigns() {
        return getCampaigns().stream().filter(c -> Boolean.TRUE.equals(c.openForSigning())).count();
    }

    public String getOpenCampaignsText() {
        return PageMessages.text("portal.campaigns.open", getOpenCampaigns());
    }

    public void choose(String chosen) {
        scope = PortalScope.parse(chosen);
        preference.remember(scope);
        days = null;
        campaigns = null;
        news = null;
        initiatives = null;
        requests = null;
    }

    /**
     * The Projectenbank's newest initiatives of the chosen scope: the own association's, or those shared nationally.
     */
    public List<ProjectTeaser> getInitiatives() {
        if (initiatives == null && tenant != null) {
            try {
                initiatives = portal.initiatives(scope);
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                initiatives = List.of();
            }
        }
        return initiatives == null ? List.of() : initiatives;
    }

    /** The own association's newest open help requests; shown in the local scope only. */
    public List<ProjectTeaser> getRequests() {
        if (requests == null && tenant != null) {
            try {
                requests = scope == PortalScope.LOCAL ? portal.openRequests() : List.of();
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                requests = List.of();
            }
        }
        return requests == null ? List.of() : requests;
    }

    /** The published news of the chosen scope, newest first. */
    public List<FeedItem> getNews() {
        load();
        return news == null ? List.of() : news;
    }

    public String newsDate(FeedItem item) {
        return CampaignTexts.date(item.publishedAt());
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

    /** "Open voor ondertekening tot en met 31 januari 2027", "Brieven verstuurd", "Afgesloten". */
    public String campaignStatus(FeedItem item) {
        return CampaignTexts.status(item.status(), Boolean.TRUE.equals(item.openForSigning()), item.closesOn());
    }

    public String positions(FeedItem item) {
        return CampaignTexts.positions(item.positionCount());
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

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
