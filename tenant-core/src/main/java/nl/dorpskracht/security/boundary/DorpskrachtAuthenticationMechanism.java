package nl.dorpskracht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemWriter;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.AccountRepository;
import nl.dorpskracht.security.control.CrossSiteWrites;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.control.ReturnPath;
import nl.dorpskracht.security.control.VerifiedCredentials;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.Grant;
import nl.dorpskracht.security.entity.SessionCaller;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorCredential;
import nl.dorpskracht.security.secondfactor.SecondFactorPolicy;
import nl.dorpskracht.security.secondfactor.SecondFactors;
import nl.dorpskracht.security.tokens.BearerGrant;
import nl.dorpskracht.security.tokens.TokenStore;

/**
 * One set of accounts, two ways in. The login form opens a session, with a fresh session id (no session fixation); HTTP
 * Basic on {@code /api/**} authenticates each request by itself and opens no session, so integrations leave no sessions
 * behind. The API takes no writes on the strength of the session cookie ({@link CrossSiteWrites} says why). Failed
 * logins are throttled per account at an address, and per address ({@link LoginThrottle}).
 * <p>
 * A session and a remembered Basic verification carry the account's credentials version ({@link CredentialStates}):
 * after a new password or "overal afmelden" they are refused, the session ended. A login whose password was chosen by
 * someone else ({@code must_change_password}) reaches only the change-password page (API: that endpoint only).
 * <p>
 * An account with a second factor gives its code on a second step of the form login ({@link PendingLogin}); one that
 * must have a second factor and has none reaches the enrolment page only. Such accounts use personal API tokens
 * ({@code Authorization: Bearer}) on the API, which act with the token's one grant; HTTP Basic with their password is
 * refused, or the password alone would open what the second factor guards.
 */
@ApplicationScoped
public class DorpskrachtAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String THROTTLED_ATTRIBUTE = "dorpskracht.loginThrottled";
    public static final String CHANGE_PASSWORD_PAGE = "/account/password.xhtml";
    public static final String CHANGE_PASSWORD_API = "/api/v1/me/password";
    private static final Logger LOG = Logger.getLogger(DorpskrachtAuthenticationMechanism.class.getName());
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    CredentialStates states;

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SecondFactorPolicy secondFactorPolicy;

    @Inject
    TokenStore tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential instanceof UsernamePasswordCredential login) {
            return formLogin(login, request, context);
        }
        if (context.isAuthenticationRequest() && formCredential instanceof SecondFactorCredential second) {
            return secondStep(second, request, context);
        }
        boolean apiWrite = isApi(request) && CrossSiteWrites.isWrite(request);
        if (apiWrite && CrossSiteWrites.sentByAnotherSite(request)) {
            return refuse(response, ProblemCode.CSRF_REFUSED);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basicLogin(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        if (isApi(request) && authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearerLogin(authorization.substring(BEARER.length()).trim(), request, response, context);
        }
        Optional<PendingLogin> pending = PendingLogin.in(request);
        if (pending.isPresent() && sessionCaller(request).isEmpty()) {
            return pendingStep(pending.get(), request, response, context);
        }
        Optional<SessionCaller> session = sessionCaller(request);
        Optional<CredentialState> state = session.flatMap(caller -> current(caller, request));
        if (state.isPresent()) {
            if (apiWrite) {
                return refuse(response, ProblemCode.CSRF_REFUSED);
            }
            if (state.get().mustChangePassword() && !mayPassBeforeChange(request)) {
                return isApi(request) ? refuse(response, ProblemCode.PASSWORD_CHANGE_REQUIRED)
                        : context.redirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(session.get().name(), session.get().groups());
        }
        if (context.isProtected()) {
            return isApi(request) ? challenge(response) : context.redirect(loginPage(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential login, HttpServletRequest request,
            HttpMessageContext context) {
        // A refused form login returns SEND_FAILURE without an error response: the login page shows the reason.
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBefore(login.getCaller(), address);
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED_ATTRIBUTE, retryAfterSeconds(wait.get()));
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

    private AuthenticationStatus basicLogin(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response);
        }
        String email = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (ControlCharacters.in(email, false)) {
            // no account is named so; PostgreSQL refuses a NUL in any text it is asked to compare
            return challenge(response);
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBefore(email, address);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(wait.get())));
            return refuse(response, ProblemCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        Optional<VerifiedCredentials.Verified> known = verified.find(email, password).filter(pair -> states
                .of(pair.callerName()).map(CredentialState::version).equals(Optional.of(pair.credentialsVersion())));
        Optional<VerifiedCredentials.Verified> checked = known.isPresent() ? known
                : verified.verifyOnce(email, password, () -> {
                    // the version before the check: a change in between makes the pair stale, never the reverse
                    Optional<CredentialState> before = states.of(email);
                    CredentialValidationResult result = identities
                            .validate(new UsernamePasswordCredential(email, password));
                    return result.getStatus() == CredentialValidationResult.Status.VALID && before.isPresent()
                            ? Optional.of(VerifiedCredentials.Verified.now(result.getCallerPrincipal().getName(),
                                    result.getCallerGroups(), before.get().version()))
                            : Optional.empty();
                });
        if (checked.isEmpty()) {
            throttle.failed(email, address);
            return challenge(response);
        }
        if (known.isEmpty()) {
            throttle.succeeded(email, address);
        }
        Optional<CredentialState> now = states.of(checked.get().callerName());
        if (now.isEmpty()) {
            return challenge(response);
        }
        if (now.get().mustChangePassword() && !mayPassBeforeChange(request)) {
            return refuse(response, ProblemCode.PASSWORD_CHANGE_REQUIRED);
        }
        return admitBasic(checked.get(), response, context);
    }

    /** A right password over Basic: refused for an account with a second factor (it has tokens for integrations). */
    private AuthenticationStatus admitBasic(VerifiedCredentials.Verified caller, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<AccountWithGrants> account = accounts.findWithGrants(caller.callerName());
        if (account.isPresent() && secondFactors.isEnrolled(account.get().account().id())) {
            return refuse(response, ProblemCode.SECOND_FACTOR_ACCOUNT_USE_TOKEN);
        }
        return context.notifyContainerAboutLogin(caller.callerName(), caller.groups());
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

    /**
     * The code after the password (a wrong one counts as a failed login), or, for a login that was sent to enrol, the
     * enrolment it has just confirmed. Only then does the session get its caller and groups.
     */
    private AuthenticationStatus secondStep(SecondFactorCredential credential, HttpServletRequest request,
            HttpMessageContext context) {
        Optional<PendingLogin> found = PendingLogin.in(request);
        if (found.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        PendingLogin pending = found.get();
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitBefore(pending.name(), address);
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED_ATTRIBUTE, retryAfterSeconds(wait.get()));
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
    private AuthenticationStatus pendingStep(PendingLogin pending, HttpServletRequest request,
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
        return context.redirect(request.getContextPath()
                + (pending.kind() == PendingLogin.Kind.ENROL ? PendingLogin.ENROLMENT_PAGE : LOGIN_PAGE));
    }

    /**
     * A personal API token: the request acts as its account with the token's one grant, and only while the account
     * still holds that grant. A refused token looks the same whatever the reason.
     */
    private AuthenticationStatus bearerLogin(String value, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<BearerGrant> token = tokens.working(value);
        Optional<AccountWithGrants> account = token.flatMap(found -> accounts.findWithGrants(found.email()));
        if (token.isEmpty() || account.isEmpty() || !account.get().account().enabled()
                || !account.get().grants().contains(token.get().grant())) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Dorpskracht\"");
            return refuse(response, ProblemCode.TOKEN_REFUSED);
        }
        request.setAttribute(BearerGrant.ATTRIBUTE, token.get());
        return context.notifyContainerAboutLogin(token.get().email(), Set.of(token.get().grant().asGroup()));
    }

    /** Whole seconds, rounded up: a client that waits as told is not refused again. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /**
     * The session's account state if the session is still valid; a session whose credentials changed since its login
     * (or whose account is gone or disabled) is ended here, and the request goes on as anonymous.
     */
    private Optional<CredentialState> current(SessionCaller caller, HttpServletRequest request) {
        Optional<CredentialState> state = states.of(caller.name());
        if (state.isPresent() && state.get().version() == caller.credentialsVersion()) {
            return state;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended by a concurrent request of the same session
            }
        }
        return Optional.empty();
    }

    /**
     * The current session goes on after its own password change, with the new version; every other session of the
     * account is refused from now on. A new session id as after a login.
     */
    public static void continueSession(HttpServletRequest request, long credentialsVersion) {
        Optional<SessionCaller> caller = sessionCaller(request);
        if (caller.isPresent()) {
            request.changeSessionId();
            request.getSession().setAttribute(SessionCaller.ATTRIBUTE,
                    new SessionCaller(caller.get().name(), caller.get().groups(), credentialsVersion));
        }
    }

    /** What a login that must first change its password may still reach. */
    private static boolean mayPassBeforeChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD_PAGE) || path.equals(CHANGE_PASSWORD_API) || path.equals(LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/");
    }

    /** The login page; for a page that was asked for (a GET), with the way back to it after logging in. */
    private static String loginPage(HttpServletRequest request) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"GET".equals(request.getMethod())) {
            return login;
        }
        return ReturnPath.ofRequest(request.getRequestURI(), request.getContextPath(), request.getQueryString())
                .map(path -> ReturnPath.loginPageFor(login, path)).orElse(login);
    }

    private static Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Dorpskracht\", charset=\"UTF-8\"");
        return refuse(response, ProblemCode.NOT_AUTHENTICATED);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, ProblemCode code) {
        try {
            ProblemWriter.write(response, code);
        } catch (IOException e) {
            LOG.fine("Client went away before the refusal was written");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
