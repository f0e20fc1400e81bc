package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.challenge;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.isApi;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.mayPassBeforeChange;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.refuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.ProblemMapper;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.control.CrossSiteWrites;
import nl.dorpskracht.security.control.LoginThrottle;
import nl.dorpskracht.security.control.ReturnPath;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.security.entity.SessionCaller;
import nl.dorpskracht.security.secondfactor.PendingLogin;
import nl.dorpskracht.security.secondfactor.SecondFactorCredential;

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
 * <p>
 * This class only tells the ways in apart; each is a class of its own: {@link FormLogin}, {@link SecondStepLogin},
 * {@link BasicLogin}, {@link BearerLogin}, and the session's {@link SessionLogin}.
 */
@ApplicationScoped
public class DorpskrachtAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String THROTTLED_ATTRIBUTE = "dorpskracht.loginThrottled";
    public static final String CHANGE_PASSWORD_PAGE = "/account/password.xhtml";
    public static final String CHANGE_PASSWORD_API = "/api/v1/me/password";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    @Inject
    FormLogin form;

    @Inject
    SecondStepLogin secondStep;

    @Inject
    BasicLogin basic;

    @Inject
    BearerLogin bearer;

    @Inject
    SessionLogin sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return admit(request, response, context);
        } catch (RuntimeException failure) {
            if (!ProblemMapper.causedByDatabaseOutage(failure)) {
                throw failure;
            }
            // the accounts are in the database: while it is out of reach nobody can be verified, which is the
            // service's temporary state (503, as the API answers then), not a fault of this request (500)
            response.setHeader("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS);
            return refuse(response, ProblemCode.DATABASE_UNAVAILABLE);
        }
    }

    private AuthenticationStatus admit(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential instanceof UsernamePasswordCredential login) {
            return form.login(login, request, context);
        }
        if (context.isAuthenticationRequest() && formCredential instanceof SecondFactorCredential second) {
            return secondStep.secondStep(second, request, context);
        }
        boolean apiWrite = isApi(request) && CrossSiteWrites.isWrite(request);
        if (apiWrite && CrossSiteWrites.sentByAnotherSite(request)) {
            return refuse(response, ProblemCode.CSRF_REFUSED);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic.login(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        if (isApi(request) && authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer.login(authorization.substring(BEARER.length()).trim(), request, response, context);
        }
        Optional<PendingLogin> pending = PendingLogin.in(request);
        if (pending.isPresent() && SessionLogin.sessionCaller(request).isEmpty()) {
            return secondStep.pendingStep(pending.get(), request, response, context);
        }
        Optional<SessionCaller> session = SessionLogin.sessionCaller(request);
        Optional<CredentialState> state = session.flatMap(caller -> sessions.current(caller, request));
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

    /**
     * The current session goes on after its own password change, with the new version; every other session of the
     * account is refused from now on. A new session id as after a login.
     */
    public static void continueSession(HttpServletRequest request, long credentialsVersion) {
        SessionLogin.continueSession(request, credentialsVersion);
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
}
