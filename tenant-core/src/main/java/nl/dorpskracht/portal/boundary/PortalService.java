package nl.dorpskracht.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.campaigns.boundary.EndorsementService;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.entity.CampaignStatus;
import nl.dorpskracht.events.boundary.EventService;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.matching.boundary.HelpRequests;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.news.boundary.PublishedNews;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.portal.control.FeedItem;
import nl.dorpskracht.portal.control.MemberProfile;
import nl.dorpskracht.portal.control.ProjectTeaser;
import nl.dorpskracht.portal.control.ProjectTeasers;
import nl.dorpskracht.portal.entity.PortalScope;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * What a contact person sees in the member portal, in their own province: the published agenda of the province or what
 * others shared with it, each event with its free places and the caller's own registration; the province's own lobby
 * campaigns or the national ones of others, each with whether the caller's organisation co-signed it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PortalService {

    @Inject
    EventService events;

    @Inject
    RegistrationService registrations;

    @Inject
    EventPlaces places;

    @Inject
    CampaignService campaigns;

    @Inject
    EndorsementService endorsements;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantContext tenant;

    @Inject
    PublishedNews publishedNews;

    @Inject
    ProjectTeasers projectTeasers;

    @Inject
    HelpRequests helpRequests;

    /** How many initiatives and help requests the start page shows; their own pages list and search further. */
    static final int PROJECTS_ON_START = 5;

    /** How many news items the feed shows of a scope; older ones stay in the news list. */
    static final int NEWS_IN_FEED = 20;

    public MemberProfile profile() {
        ContactPerson self = contacts.ofCaller();
        String organisation = members.find(self.organisationId()).name();
        return new MemberProfile(tenant.require(), tenantName(tenant.require()), self.id(), self.name(), organisation);
    }

    /**
     * Only for a contact person: first the campaigns open for co-signing (the one closing first on top), then the
     * published events from today on by date, then the campaigns whose letters went out or that are closed (newest
     * first), then the published news of the scope (newest first). Drafts never.
     */
    public List<FeedItem> feed(PortalScope scope) {
        Map<EventRef, RegistrationItem> mine = activeRegistrations();
        OffsetDateTime today = LocalDate.now(DutchTime.ZONE).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        List<FeedItem> eventItems = events.agenda(agendaScope(scope), today, true).stream()
                .map(event -> item(event, mine)).toList();
        List<FeedItem> campaignItems = campaigns(scope);
        List<FeedItem> feed = new ArrayList<>();
        campaignItems.stream().filter(c -> c.openForSigning())
                .sorted(Comparator.comparing(FeedItem::closesOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(feed::add);
        feed.addAll(eventItems);
        campaignItems.stream().filter(c -> !c.openForSigning()).forEach(feed::add);
        feed.addAll(news(scope));
        return feed;
    }

    /** The published news of the scope, newest first: the province's own, or the national items of others. */
    public List<FeedItem> news(PortalScope scope) {
        String own = tenant.require();
        var articles = scope == PortalScope.LOCAL ? publishedNews.local(NEWS_IN_FEED)
                : publishedNews.national(NEWS_IN_FEED);
        return articles.stream().map(
                article -> FeedItem.news(article, tenantName(article.tenantCode()), own.equals(article.tenantCode())))
                .toList();
    }

    /**
     * Newest initiatives of the Projectenbank: the own association's published ones (local), or those shared with all
     * associations (national).
     */
    public List<ProjectTeaser> initiatives(PortalScope scope) {
        String own = tenant.require();
        var rows = scope == PortalScope.LOCAL ? projectTeasers.ownInitiatives(own, PROJECTS_ON_START)
                : projectTeasers.sharedInitiatives(PROJECTS_ON_START);
        return rows.stream().map(row -> teaser(row, own)).toList();
    }

    /** Newest open help requests of the own association (requests are not shared between associations). */
    public List<ProjectTeaser> openRequests() {
        String own = tenant.require();
        String name = tenantName(own);
        return helpRequests
                .list("OPEN", 0,
                        PROJECTS_ON_START)
                .stream()
                .map(request -> new ProjectTeaser(own, name, request.id().toString(), request.title(),
                        request.place() != null ? request.place()
                                : request.municipality() != null ? request.municipality() : "",
                        true))
                .toList();
    }

    private ProjectTeaser teaser(Map<String, Object> row, String own) {
        String code = (String) row.get("tenant_id");
        Object line = row.get("line");
        return new ProjectTeaser(code, tenantName(code), (String) row.get("id"), (String) row.get("title"),
                line == null ? "" : line.toString(), own.equals(code));
    }

    /**
     * One campaign of the province or a national one of another association, past its draft, with its speerpunten and
     * whether the caller's organisation co-signed; anything else is not found.
     */
    public CampaignView campaign(UUID id) {
        CampaignView campaign = campaigns.find(id);
        if (CampaignStatus.DRAFT.name().equals(campaign.status())) {
            throw new ProblemException(ProblemCode.CAMPAIGN_NOT_FOUND);
        }
        return endorsements.withOwnEndorsements(List.of(campaign)).get(0);
    }

    /** The caller co-signs the campaign for their own organisation; the campaign as it stands afterwards. */
    public CampaignView sign(UUID id) {
        campaign(id);
        endorsements.sign(id);
        return campaign(id);
    }

    /** The caller withdraws their own organisation's co-signature while the campaign is open. */
    public CampaignView withdraw(UUID id) {
        campaign(id);
        endorsements.withdraw(id, contacts.ofCaller().organisationId());
        return campaign(id);
    }

    /** One published event of the agenda, own or shared; anything else is not found. */
    public FeedItem event(UUID id) {
        Map<EventRef, RegistrationItem> mine = activeRegistrations();
        return item(events.find(id, true), mine);
    }

    /** The caller's registrations, newest first, cancelled ones included. */
    public List<RegistrationItem> registrations() {
        return registrations.mine();
    }

    /** Own (or national) campaigns past the draft, each with its speerpunten counted and the own co-signature. */
    private List<FeedItem> campaigns(PortalScope scope) {
        List<CampaignView> listed = campaigns.list(campaignScope(scope)).stream()
                .filter(c -> !CampaignStatus.DRAFT.name().equals(c.status())).toList();
        return endorsements.withOwnEndorsements(listed).stream().map(FeedItem::campaign).toList();
    }

    private String tenantName(String code) {
        return registry.nameOf(code);
    }

    private FeedItem item(AgendaItem event, Map<EventRef, RegistrationItem> mine) {
        EventRef ref = new EventRef(event.hostTenant(), event.id());
        return FeedItem.event(event, tenantName(event.hostTenant()), places.occupancy(ref, null), mine.get(ref),
                OffsetDateTime.now());
    }

    private Map<EventRef, RegistrationItem> activeRegistrations() {
        return registrations.mine().stream().filter(item -> item.registration().isActive())
                .collect(Collectors.toMap(item -> item.registration().event(), Function.identity(), (a, b) -> a));
    }

    /** The agenda a portal scope shows: the province's own events, or those shared nationally. */
    static EventService.Scope agendaScope(PortalScope scope) {
        return scope == PortalScope.LOCAL ? EventService.Scope.LOCAL : EventService.Scope.NATIONAL;
    }

    /** The province's own campaigns, or the national campaigns of others. */
    static CampaignService.Scope campaignScope(PortalScope scope) {
        return scope == PortalScope.LOCAL ? CampaignService.Scope.LOCAL : CampaignService.Scope.NATIONAL;
    }
}
