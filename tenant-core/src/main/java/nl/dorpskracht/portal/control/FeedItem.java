package nl.dorpskracht.portal.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces.Occupancy;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.news.control.NewsArticle;

/**
 * One entry of the member portal's feed. {@code kind} says what it is, {@value #EVENT}, {@value #CAMPAIGN} or
 * {@value #NEWS} (title, summary, host and {@code publishedAt}); the fields of the other kind stay empty. For an event:
 * its details, the free places ({@code null}: no limit), whether registering is still possible, and the caller's own
 * active registration, if any. For a campaign: its summary, status, last day of co-signing, whether co-signing is
 * possible today, the number of speerpunten and whether the caller's organisation co-signed ({@code endorsement}).
 */
public record FeedItem(String kind, UUID id, String hostTenant, String hostName, boolean own, String title,
        String description, String type, String theme, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
        String onlineLink, Integer capacity, Integer freePlaces, OffsetDateTime registrationDeadline,
        Boolean registrationOpen, OwnRegistration registration, String summary, String status, LocalDate closesOn,
        Boolean openForSigning, Integer positionCount, OwnEndorsement endorsement, OffsetDateTime publishedAt)
        implements Serializable {

    public static final String EVENT = "event";
    public static final String CAMPAIGN = "campaign";
    public static final String NEWS = "news";

    /** The caller's own registration for the event: its id, CONFIRMED or WAITLISTED, and the place in line. */
    public record OwnRegistration(UUID id, String status, Integer waitlistPosition) implements Serializable {

        static OwnRegistration of(RegistrationItem item) {
            return item == null ? null : new OwnRegistration(item.registration().id(),
                    item.registration().status().name(), item.waitlistPosition());
        }
    }

    /** Whether the caller's organisation co-signed the campaign, and when; no person. */
    public record OwnEndorsement(String organisationName, boolean signed, OffsetDateTime signedAt)
            implements Serializable {

        static OwnEndorsement of(CampaignView.OwnEndorsement endorsement) {
            return endorsement == null ? null
                    : new OwnEndorsement(endorsement.organisationName(), endorsement.signed(), endorsement.signedAt());
        }
    }

    public static FeedItem event(AgendaItem event, String hostName, Occupancy places, RegistrationItem mine,
            OffsetDateTime now) {
        EventDetails d = event.details();
        OffsetDateTime closesAt = d.registrationDeadline() == null ? d.startsAt() : d.registrationDeadline();
        return new FeedItem(EVENT, event.id(), event.hostTenant(), hostName, event.own(), d.title(), d.description(),
                d.type().name(), d.theme(), d.startsAt(), d.endsAt(), d.location(), d.onlineLink(), d.capacity(),
                places.free(), d.registrationDeadline(), now.isBefore(closesAt), OwnRegistration.of(mine), null, null,
                null, null, null, null, null);
    }

    /** A campaign as the contact person sees it in the feed: the letter's text stays on the campaign's own page. */
    public static FeedItem campaign(CampaignView campaign) {
        return new FeedItem(CAMPAIGN, campaign.id(), campaign.hostTenant(), campaign.hostName(), campaign.own(),
                campaign.title(), null, null, null, null, null, null, null, null, null, null, null, null,
                campaign.summary(), campaign.status(), campaign.closesOn(), campaign.openForSigning(),
                campaign.positions() == null ? null : campaign.positions().size(),
                OwnEndorsement.of(campaign.ownEndorsement()), null);
    }

    /** A published news item: its title, summary and when; the body stays on the item's own page. */
    public static FeedItem news(NewsArticle article, String hostName, boolean own) {
        return new FeedItem(NEWS, article.id(), article.tenantCode(), hostName, own, article.title(), null, null, null,
                null, null, null, null, null, null, null, null, null, article.summary(), null, null, null, null, null,
                article.publishedAt());
    }

    public boolean isFull() {
        return freePlaces != null && freePlaces == 0;
    }
}
