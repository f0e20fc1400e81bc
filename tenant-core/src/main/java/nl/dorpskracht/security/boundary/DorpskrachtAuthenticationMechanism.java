package nl.dorpskracht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemWriter;
import nl.dorpskracht.security.control.LoginThrottle;

/**
 * One set of accounts, two ways in: HTTP Basic for {@code /api/**} and the login form for pages. A successful form
 * login gets a fresh session id (no session fixation); failed logins are throttled per account and per address.
 */
@ApplicationScoped
@AutoApplySession
public class DorpskrachtAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String THROTTLED_ATTRIBUTE = "dorpskracht.loginThrottled";
    private static final Logger LOG = Logger.getLogger(DorpskrachtAuthenticationMechanism.class.getName());
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identities;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential formCredential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && formCredential instanceof UsernamePasswordCredential login) {
            return formLogin(login, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basicLogin(authorization.substring(BASIC.length()).trim(), request, response, context);
        }
        if (context.isProtected()) {
            return isApi(request) ? challenge(response, context) : redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential login, HttpServletRequest request,
            HttpMessageContext context) {
        String address = request.getRemoteAddr();
        // A refused form login returns SEND_FAILURE without an error response: the login page shows the reason.
        if (throttle.isBlocked(login.getCaller(), address)) {
            request.setAttribute(THROTTLED_ATTRIBUTE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identities.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            LOG.info("Form login refused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login.getCaller());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basicLogin(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        UsernamePasswordCredential login = new UsernamePasswordCredential(decoded.substring(0, colon),
                decoded.substring(colon + 1));
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(login.getCaller(), address)) {
            response.setHeader("Retry-After", "60");
            return refuse(response, context, ProblemCode.TOO_MANY_LOGIN_ATTEMPTS);
        }
        CredentialValidationResult result = identities.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login.getCaller(), address);
            return challenge(response, context);
        }
        throttle.succeeded(login.getCaller());
        return context.notifyContainerAboutLogin(result);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Dorpskracht\", charset=\"UTF-8\"");
        return refuse(response, context, ProblemCode.NOT_AUTHENTICATED);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context,
            ProblemCode code) {
        try {
            ProblemWriter.write(response, code);
        } catch (IOException e) {
            LOG.fine("Client went away before the refusal was written");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
