package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.retryAfterSeconds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.HashSet;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.security.entity.SessionCaller;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorPolicy;
import nl.dorpskracht.security.secondfactor.SecondFactors;

/**
 * The login form's password step: throttled per account and address, a fresh session id (no session fixation), and for
 * an account with (or owing) a second factor only the pending second step, not yet a caller.
 */
@ApplicationScoped
public class FormLogin {

    @Inject
    ClientAddresses clientAddresses;

    private static final Logger LOG = Logger.getLogger(DorpskrachtAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identities;

    @Inject
    LoginThrottle throttle;

    @Inject
    CredentialStates states;

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SecondFactorPolicy secondFactorPolicy;

    public AuthenticationStatus login(UsernamePasswordCredential login, HttpServletRequest request,
            HttpMessageContext context) {
        // A refused form login returns SEND_FAILURE without an error response: the login page shows the reason.
        String address = clientAddresses.of(request);
        Optional<Duration> wait = throttle.waitBefore(login.getCaller(), address);
        if (wait.isPresent()) {
            request.setAttribute(DorpskrachtAuthenticationMechanism.THROTTLED_ATTRIBUTE, retryAfterSeconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identities.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            LOG.info("Form login refused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<PendingLogin.Kind> step = secondStepAfterPassword(result.getCallerPrincipal().getName());
        if (step.isPresent()) {
            return beginSecondStep(result.getCallerPrincipal().getName(), step.get(), request);
        }
        throttle.succeeded(login.getCaller(), address);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String name = result.getCallerPrincipal().getName();
        Optional<CredentialState> state = states.fresh(name);
        if (state.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE,
                new SessionCaller(name, new HashSet<>(result.getCallerGroups()), state.get().version()));
        return context.notifyContainerAboutLogin(name, result.getCallerGroups());
    }

    /** Which second step, if any, a right password leads to. */
    private Optional<PendingLogin.Kind> secondStepAfterPassword(String name) {
        Optional<AccountWithGrants> account = accounts.findWithGrants(name);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (secondFactors.isEnrolled(account.get().account().id())) {
            return Optional.of(PendingLogin.Kind.CODE);
        }
        boolean required = secondFactorPolicy.requiredFor(account.get().grants())
                || accounts.isPlatformAdmin(account.get().account().id());
        return required ? Optional.of(PendingLogin.Kind.ENROL) : Optional.empty();
    }

    /**
     * The password was right; the session holds only the pending step, under a new id. Whoever was logged in in this
     * session before is logged out: a second login attempt does not leave the first one's caller behind.
     */
    private AuthenticationStatus beginSecondStep(String name, PendingLogin.Kind kind, HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.removeAttribute(SessionCaller.ATTRIBUTE);
        UUID account = accounts.findByEmail(name).orElseThrow().id();
        session.setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(name, account, kind, Instant.now()));
        request.setAttribute(PendingLogin.ATTRIBUTE, kind);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
