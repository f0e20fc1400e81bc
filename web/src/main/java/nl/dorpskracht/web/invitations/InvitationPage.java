package nl.dorpskracht.web.invitations;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Objects;
import nl.dorpskracht.invitations.boundary.InvitationAcceptance;
import nl.dorpskracht.invitations.boundary.InvitationAcceptance.Accepted;
import nl.dorpskracht.invitations.boundary.InvitationAcceptance.Offer;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.web.portal.PageMessages;
import nl.dorpskracht.web.session.LoginBean;

/**
 * The page behind an invitation link. A new address chooses a name and a password; an address with an account types
 * that account's password. Accepting logs the person in, so they continue where the invitation leads.
 */
@Named("invitation")
@ViewScoped
public class InvitationPage implements Serializable {

    @Inject
    ClientAddresses clientAddresses;

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationAcceptance acceptance;

    // looked up per use: the container's SecurityContext is no bean that travels with the view to another instance
    @Inject
    Instance<SecurityContext> security;

    @Inject
    LoginBean login;

    private String token;
    private Offer offer;
    private String name;
    private String password;
    private String repeat;

    /** The view action: finds the open invitation, or says plainly that the link no longer works. */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // The token is in this page's address: no other site may learn it from a Referer header.
        external.setResponseHeader("Referrer-Policy", "no-referrer");
        offer = token == null ? null : acceptance.offer(token).orElse(null);
        if (offer != null && name == null) {
            name = offer.invitation().displayName();
        }
    }

    public void accept() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (offer != null && !offer.accountExists() && !Objects.equals(password, repeat)) {
            PageMessages.problem(
                    ProblemException.invalid(java.util.List.of(FieldError.field("repeat", "password.repeatDiffers"))),
                    null);
            return;
        }
        try {
            Accepted accepted = acceptance.accept(token, password, name, clientAddresses.of(request));
            AuthenticationStatus status = security.get().authenticate(request,
                    (HttpServletResponse) external.getResponse(),
                    AuthenticationParameters.withParams()
                            .credential(new UsernamePasswordCredential(accepted.email(), password))
                            .newAuthentication(true));
            password = null;
            repeat = null;
            external.redirect(external.getRequestContextPath()
                    + (status == AuthenticationStatus.SUCCESS ? login.landingPage() : "/login.xhtml"));
            faces.responseComplete();
        } catch (ProblemException problem) {
            password = null;
            repeat = null;
            offer = acceptance.offer(token).orElse(null);
            PageMessages.problem(problem, null);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Offer getOffer() {
        return offer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
