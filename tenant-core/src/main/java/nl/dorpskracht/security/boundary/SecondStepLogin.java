package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.challenge;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.isApi;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.retryAfterSeconds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.web.ClientAddresses;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.security.entity.SessionCaller;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorCredential;
import nl.dorpskracht.security.secondfactor.SecondFactors;

/**
 * The second login step: the code after the password, or the enrolment just confirmed; and what a session between the
 * two may reach (the enrolment page, nothing else).
 */
@ApplicationScoped
public class SecondStepLogin {

    @Inject
    ClientAddresses clientAddresses;

    private static final Logger LOG = Logger.getLogger(DorpskrachtAuthenticationMechanism.class.getName());

    @Inject
    LoginThrottle throttle;

    @Inject
    CredentialStates states;

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactors secondFactors;

    /**
     * The code after the password (a wrong one counts as a failed login), or, for a login that was sent to enrol, the
     * enrolment it has just confirmed. Only then does the session get its caller and groups.
     */
    public AuthenticationStatus secondStep(SecondFactorCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        Optional<PendingLogin> found = PendingLogin.in(request);
        if (found.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        PendingLogin pending = found.get();
        String address = clientAddresses.of(request);
        Optional<Duration> wait = throttle.waitBefore(pending.name(), address);
        if (wait.isPresent()) {
            request.setAttribute(DorpskrachtAuthenticationMechanism.THROTTLED_ATTRIBUTE, retryAfterSeconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        boolean passed = pending.kind() == PendingLogin.Kind.CODE
                ? secondFactors.verify(pending.accountId(), credential.code())
                : secondFactors.confirmedSince(pending.accountId(), pending.since());
        if (!passed) {
            throttle.failed(pending.name(), address);
            LOG.info("Second login step refused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(pending.name(), address);
        Optional<AccountWithGrants> account = accounts.findWithGrants(pending.name());
        if (account.isEmpty() || !account.get().account().enabled()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CredentialState> state = states.fresh(pending.name());
        if (state.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        request.changeSessionId();
        Set<String> groups = account.get().grants().stream().map(Grant::asGroup).collect(Collectors.toSet());
        request.getSession(true).setAttribute(SessionCaller.ATTRIBUTE,
                new SessionCaller(pending.name(), groups, state.get().version()));
        return context.notifyContainerAboutLogin(pending.name(), groups);
    }

    /**
     * A session between password and second step: the enrolment page (for a login sent to enrol) under the account's
     * name with no group, and nothing else. Pages send it back to its step; the API does not know it.
     */
    public AuthenticationStatus pendingStep(PendingLogin pending, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        boolean enrolmentPage = request.getRequestURI().equals(request.getContextPath() + PendingLogin.ENROLMENT_PAGE);
        if (pending.kind() == PendingLogin.Kind.ENROL && enrolmentPage) {
            return context.notifyContainerAboutLogin(pending.name(), Set.of());
        }
        if (!context.isProtected() && !enrolmentPage) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response);
        }
        return context.redirect(request.getContextPath() + (pending.kind() == PendingLogin.Kind.ENROL
                ? PendingLogin.ENROLMENT_PAGE : DorpskrachtAuthenticationMechanism.LOGIN_PAGE));
    }
}
