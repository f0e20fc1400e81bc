package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.events.boundary.RegistrationService;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.portal.boundary.PortalService;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;

/** "Mijn aanmeldingen": the member's registrations, newest first, each active one with a button to cancel it. */
@Named("myRegistrations")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class MyRegistrationsPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    PortalService portal;

    @Inject
    RegistrationService registrations;

    @Inject
    TenantRegistry registry;

    private String tenant;
    private transient List<RegistrationItem> items;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public List<RegistrationItem> getItems() {
        if (items == null && tenant != null) {
            try {
                items = portal.registrations();
            } catch (ProblemException problem) {
                PageMessages.problem(problem, null);
                items = List.of();
            }
        }
        return items == null ? List.of() : items;
    }

    public void cancel(String registrationId) {
        try {
            registrations.cancelOwn(RequestParts.id(registrationId, ProblemCode.REGISTRATION_NOT_FOUND));
            items = null;
            PageMessages.info("portal.cancelled");
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public String title(RegistrationItem item) {
        return item.event() == null ? PageMessages.text("portal.registrations.gone") : item.event().details().title();
    }

    public String when(RegistrationItem item) {
        return item.event() == null ? "" : EventTexts.when(item.event().details().startsAt(), PageMessages.locale());
    }

    public String host(RegistrationItem item) {
        String code = item.registration().hostTenant();
        return registry.nameOf(code);
    }

    public String status(RegistrationItem item) {
        RegistrationStatus status = item.registration().status();
        return status == RegistrationStatus.WAITLISTED
                ? PageMessages.text("portal.badge.waitlisted", item.waitlistPosition())
                : PageMessages.text("portal.status." + status.name());
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
