package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.control.PasswordChanges;

/** "Wachtwoord vergeten": the same sentence after every request, known address or not. */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    PasswordChanges passwords;

    private String email;
    private boolean sent;

    public void submit() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            passwords.requestReset(email, clientAddresses.of(request));
            sent = true;
        } catch (ProblemException problem) {
            PasswordPageMessages.problem(problem);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
