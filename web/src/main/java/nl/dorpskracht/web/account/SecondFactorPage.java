package nl.dorpskracht.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorCredential;
import nl.dorpskracht.security.secondfactor.SecondFactors;

/**
 * Setting up the second factor: a QR code and the secret as text, the first code to confirm, then the recovery codes
 * once. A login that was sent here to enrol is completed by the confirmation. Removing it takes a current code.
 */
@Named("secondFactorPage")
@ViewScoped
public class SecondFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    SecondFactors secondFactors;

    // looked up per use: the container's SecurityContext is no bean that travels with the view to another instance
    @Inject
    Instance<SecurityContext> security;

    private boolean enrolled;
    private String secret;
    private String qrCode;
    private String code;
    private String removeCode;
    private List<String> recoveryCodes;

    @PostConstruct
    void init() {
        enrolled = secondFactors.isEnrolled(account());
    }

    public void start() {
        try {
            SecondFactors.Enrolment enrolment = secondFactors.begin(account(), caller.name());
            secret = enrolment.secret();
            qrCode = enrolment.qrDataUri();
        } catch (ProblemException e) {
            error(e);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = List.copyOf(secondFactors.confirm(account(), code));
        } catch (ProblemException e) {
            error(e);
            return;
        } finally {
            code = null;
        }
        enrolled = true;
        secret = null;
        qrCode = null;
        if (isMustEnrol()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            security.get().authenticate((HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                            .credential(new SecondFactorCredential(null)).newAuthentication(true));
        }
    }

    public void remove() {
        try {
            secondFactors.remove(account(), removeCode);
            enrolled = false;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    faces.getApplication().getResourceBundle(faces, "msg").getString("secondFactor.removed"), null));
        } catch (ProblemException e) {
            error(e);
        } finally {
            removeCode = null;
        }
    }

    /** This session's login waits for the enrolment: nothing else opens before it. */
    public boolean isMustEnrol() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return PendingLogin.in(request).filter(pending -> pending.kind() == PendingLogin.Kind.ENROL).isPresent();
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public int getRecoveryCodesLeft() {
        return enrolled ? secondFactors.unusedRecoveryCodes(account()) : 0;
    }

    public String getSecret() {
        return secret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRemoveCode() {
        return removeCode;
    }

    public void setRemoveCode(String removeCode) {
        this.removeCode = removeCode;
    }

    private UUID account() {
        return caller.accountId().orElseThrow(() -> new IllegalStateException("the page is for logged-in callers"));
    }

    private static void error(ProblemException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.code().title(localeOf()), null));
    }

    private static java.util.Locale localeOf() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
