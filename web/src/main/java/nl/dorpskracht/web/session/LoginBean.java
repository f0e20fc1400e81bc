package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.boundary.DorpskrachtAuthenticationMechanism;
import nl.dorpskracht.security.control.ReturnPath;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.statistics.boundary.NationalOffice;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;

@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Inject
    NationalOffice nationalOffice;

    /** The platform console (issue 14, item 1). */
    static final String PLATFORM_CONSOLE = "/platform/index.xhtml";
    static final String AMBASSADOR_PAGE = "/regio/leden.xhtml";

    @Inject
    WorkingTenant workingTenant;

    private Boolean national;

    /** The page asked for before logging in ({@link ReturnPath}); checked again before it is followed. */
    private String next;

    private String email;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(email, password))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + ReturnPath.of(getNext()).orElseGet(this::landingPage));
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        Object secondStep = request.getAttribute(PendingLogin.ATTRIBUTE);
        if (secondStep != null) {
            // the code step keeps the way back: it is the step that completes the login
            external.redirect(external.getRequestContextPath()
                    + (secondStep == PendingLogin.Kind.ENROL ? PendingLogin.ENROLMENT_PAGE : ReturnPath.of(getNext())
                            .map(path -> ReturnPath.loginPageFor("/login.xhtml", path)).orElse("/login.xhtml")));
            faces.responseComplete();
            return;
        }
        Object retryAfter = request.getAttribute(DorpskrachtAuthenticationMechanism.THROTTLED_ATTRIBUTE);
        boolean throttled = retryAfter != null;
        if (throttled) {
            // the page explains in words; the status and header tell scripts and password managers the same
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", retryAfter.toString());
        }
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                texts.getString(throttled ? "login.throttled" : "login.failed"), null));
    }

    /**
     * Where a login goes when no page was asked for. Administrators start at the member administration, the national
     * office at the national figures, contact persons in the member portal, ambassadors at their regions' members, a
     * platform administrator who holds nothing else at the platform console; someone without any grant on the start
     * page, which tells them what they can do.
     */
    public String landingPage() {
        if (isPlatformAdministratorOnly()) {
            return PLATFORM_CONSOLE;
        }
        if (isAdministrator()) {
            return "/admin/members.xhtml";
        }
        if (isTreasurer()) {
            return "/admin/contributions.xhtml";
        }
        if (isNationalOffice()) {
            return "/admin/national.xhtml";
        }
        if (isMemberContact()) {
            return "/portal/";
        }
        return isAmbassador() ? AMBASSADOR_PAGE : "/index.xhtml";
    }

    /** Where this caller starts; for the pages that complete a login in more than one step. */
    public String getLandingPage() {
        return landingPage();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** Administers the association worked in (the header's switcher): the member administration is for them. */
    public boolean isAdministrator() {
        return isLoggedIn() && workingTenant.holds(Role.TENANT_ADMIN);
    }

    /** Keeps the contributions of the association worked in: its treasurer or an administrator. */
    public boolean isTreasurer() {
        return isLoggedIn() && workingTenant.holds(Role.TENANT_ADMIN, Role.TREASURER);
    }

    /** May see a federation's national figures: its national office, or a platform administrator in it. */
    public boolean isNationalOffice() {
        if (national == null) {
            national = isLoggedIn() && !nationalOffice.federations().isEmpty();
        }
        return national;
    }

    /** Administers the platform: adds, suspends and resumes associations. */
    public boolean isPlatformAdmin() {
        return isLoggedIn() && caller.isPlatformAdmin();
    }

    /** Contact person of a member organisation: the member portal is for them. */
    public boolean isMemberContact() {
        return isLoggedIn() && !caller.tenantsWhere(Role.MEMBER_CONTACT).isEmpty();
    }

    /** Regional ambassador somewhere: the pages of their regions are for them. */
    public boolean isAmbassador() {
        return isLoggedIn() && !caller.tenantsWhere(Role.REGIONAL_AMBASSADOR).isEmpty();
    }

    /** Logged in, but holds no role anywhere (yet): the start page says what they can do. */
    public boolean isWithoutGrant() {
        return isLoggedIn() && caller.grants().isEmpty();
    }

    /** Administers the platform and does no work in any association: the console is their start. */
    private boolean isPlatformAdministratorOnly() {
        return isPlatformAdmin() && caller.grants().stream().allMatch(grant -> grant.role() == Role.PLATFORM_ADMIN);
    }

    /** The way back, from the login form's hidden field, or on first showing from the page's {@code next} parameter. */
    public String getNext() {
        if (next == null) {
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get(ReturnPath.PARAMETER);
            next = ReturnPath.of(asked).orElse("");
        }
        return next;
    }

    public void setNext(String next) {
        this.next = ReturnPath.of(next).orElse("");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
