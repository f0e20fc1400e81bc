package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.boundary.DorpskrachtAuthenticationMechanism;
import nl.dorpskracht.security.control.AccountPasswords;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.PasswordChanges;
import nl.dorpskracht.security.entity.CredentialState;

/**
 * Change password, and "overal afmelden". A change ends every other session of the account; this one goes on. Signing
 * out everywhere ends this one too.
 */
@Named("changePassword")
@RequestScoped
public class ChangePasswordPage {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Caller caller;

    @Inject
    PasswordChanges passwords;

    @Inject
    CredentialStates states;

    private String current;
    private String password;
    private String repeated;
    private boolean changed;

    public void submit() {
        if (!Objects.equals(password, repeated)) {
            PasswordPageMessages.error("password.mismatch");
            clear();
            return;
        }
        HttpServletRequest request = request();
        try {
            AccountPasswords.Changed result = passwords.change(caller.name(), current, password,
                    clientAddresses.of(request));
            DorpskrachtAuthenticationMechanism.continueSession(request, result.credentialsVersion());
            changed = true;
        } catch (ProblemException problem) {
            PasswordPageMessages.problem(problem);
        } finally {
            clear();
        }
    }

    public void signOutEverywhere() throws IOException, ServletException {
        passwords.signOutEverywhere(caller.name());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        request().logout();
        external.invalidateSession();
        external.redirect(
                external.getRequestContextPath() + DorpskrachtAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
    }

    /** The password was handed over by someone else: the page says why nothing else opens. */
    public boolean isRequired() {
        return caller.isAuthenticated()
                && states.of(caller.name()).map(CredentialState::mustChangePassword).orElse(false);
    }

    public boolean isChanged() {
        return changed;
    }

    private void clear() {
        current = null;
        password = null;
        repeated = null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
