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
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.statistics.boundary.NationalOffice;

@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Inject
    NationalOffice nationalOffice;

    private Boolean national;

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
            external.redirect(external.getRequestContextPath() + landingPage());
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
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
     * Administrators start at the member administration, the national office at the national figures, contact persons
     * in the member portal.
     */
    private String landingPage() {
        if (isAdministrator()) {
            return "/admin/members.xhtml";
        }
        if (isNationalOffice()) {
            return "/admin/national.xhtml";
        }
        if (isPlatformAdmin()) {
            return "/platform/index.xhtml";
        }
        return isMemberContact() ? "/portal/" : "/index.xhtml";
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

    /** Administers at least one association: the member administration is for them. */
    public boolean isAdministrator() {
        return isLoggedIn() && !caller.tenantsWhere(Role.TENANT_ADMIN).isEmpty();
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
