package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.portal.boundary.PortalService;
import nl.dorpskracht.portal.control.FeedItem;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;

/**
 * One event for a member: everything about it, and registering or cancelling. Registering for another association's
 * event needs the member's consent to share name, e-mail address and organisation with that association.
 */
@Named("portalEvent")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalEventPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;
    private static final String CONSENT_FIELD = "registration:consent";

    @Inject
    MemberTenant memberTenant;

    @Inject
    PortalService portal;

    @Inject
    RegistrationService registrations;

    private String id;
    private String tenant;
    private FeedItem event;
    private boolean consent;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    /** The view action: finds the event in the member's province, or says it is not there. */
    public void load() {
        if (tenant == null) {
            return;
        }
        try {
            event = portal.event(RequestParts.id(id, ProblemCode.EVENT_NOT_FOUND));
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public void register() {
        if (!event.own() && !consent) {
            PageMessages.problem(new ProblemException(ProblemCode.SHARING_CONSENT_REQUIRED), CONSENT_FIELD);
            return;
        }
        try {
            RegistrationItem registered = registrations.registerSelf(event.id(), consent);
            reload();
            PageMessages.info(registered.waitlistPosition() == null ? "portal.registered" : "portal.waitlisted",
                    registered.waitlistPosition());
        } catch (ProblemException problem) {
            PageMessages.problem(problem, event.own() ? null : CONSENT_FIELD);
        }
    }

    public void cancel() {
        try {
            registrations.cancelOwn(event.registration().id());
            reload();
            consent = false;
            PageMessages.info("portal.cancelled");
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    private void reload() {
        event = portal.event(event.id());
    }

    public String getWhen() {
        return EventTexts.day(event.startsAt(), PageMessages.locale()) + ", "
                + EventTexts.hours(event, PageMessages.locale());
    }

    public String getDeadline() {
        return EventTexts.when(event.registrationDeadline(), PageMessages.locale());
    }

    public String getBadge() {
        return EventTexts.badge(event.registration());
    }

    public String getPlaces() {
        return EventTexts.places(event);
    }

    public boolean isRegistered() {
        return event != null && event.registration() != null;
    }

    public boolean isCanRegister() {
        return event != null && event.registration() == null && event.registrationOpen();
    }

    /** The Dorpskrachtprijs belongs to the province's own ALV. */
    public boolean isPrizeEvent() {
        return event != null && event.own() && EventType.ALV.name().equals(event.type());
    }

    public String getConsentText() {
        return PageMessages.text("portal.consent", event.hostName());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FeedItem getEvent() {
        return event;
    }

    public boolean isMember() {
        return tenant != null;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
