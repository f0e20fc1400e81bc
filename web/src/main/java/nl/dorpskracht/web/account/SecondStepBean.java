package nl.dorpskracht.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.dorpskracht.security.boundary.DorpskrachtAuthenticationMechanism;
import nl.dorpskracht.security.control.ReturnPath;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorCredential;
import nl.dorpskracht.web.session.LoginBean;

/** The second step of the login page: the code of the app, or a recovery code, after a right password. */
@Named("secondStep")
@RequestScoped
public class SecondStepBean {

    @Inject
    SecurityContext security;

    @Inject
    LoginBean login;

    private String code;

    /** A password was right and a code is asked for: the login page shows this step instead of the password. */
    public boolean isActive() {
        return PendingLogin.in(request()).filter(pending -> pending.kind() == PendingLogin.Kind.CODE).isPresent();
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code))
                        .newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(
                    external.getRequestContextPath() + ReturnPath.of(login.getNext()).orElseGet(login::getLandingPage));
            faces.responseComplete();
            return;
        }
        Object retryAfter = request.getAttribute(DorpskrachtAuthenticationMechanism.THROTTLED_ATTRIBUTE);
        if (retryAfter != null) {
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", retryAfter.toString());
        }
        faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, faces.getApplication().getResourceBundle(faces, "msg")
                        .getString(retryAfter != null ? "login.throttled" : "login.codeFailed"), null));
    }

    /** Back to the password: the pending step is dropped. */
    public void restart() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.ATTRIBUTE);
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
