package nl.dorpskracht.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Objects;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.control.PasswordChanges;

/**
 * The page a reset link opens: the new password twice. The token comes from the link and stays in this view only; a
 * refused password leaves the link usable, a used or expired link says so and points to a new one.
 */
@Named("resetPassword")
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordChanges passwords;

    private String token;
    private transient String password;
    private transient String repeated;
    private boolean done;
    private boolean linkInvalid;

    public void submit() {
        if (!Objects.equals(password, repeated)) {
            PasswordPageMessages.error("password.mismatch");
            return;
        }
        try {
            passwords.resetWith(token, password);
            done = true;
        } catch (ProblemException problem) {
            linkInvalid = problem.code() == ProblemCode.RESET_LINK_INVALID;
            PasswordPageMessages.problem(problem);
        } finally {
            password = null;
            repeated = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public boolean isLinkInvalid() {
        return linkInvalid;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        if (token != null) {
            this.token = token;
        }
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
