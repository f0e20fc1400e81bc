package nl.dorpskracht.security.boundary;

import static nl.dorpskracht.security.boundary.AuthenticationReplies.challenge;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.isApi;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.mayPassBeforeChange;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.refuse;
import static nl.dorpskracht.security.boundary.AuthenticationReplies.retryAfterSeconds;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemWriter;

/** How the ways in answer: a Basic challenge, a refusal as a problem, what may pass before a password change. */
final class AuthenticationReplies {

    private static final Logger LOG = Logger.getLogger(DorpskrachtAuthenticationMechanism.class.getName());

    private AuthenticationReplies() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Dorpskracht\", charset=\"UTF-8\"");
        return refuse(response, ProblemCode.NOT_AUTHENTICATED);
    }

    static AuthenticationStatus refuse(HttpServletResponse response, ProblemCode code) {
        try {
            ProblemWriter.write(response, code);
        } catch (IOException e) {
            LOG.fine("Client went away before the refusal was written");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Whole seconds, rounded up: a client that waits as told is not refused again. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** What a login that must first change its password may still reach. */
    static boolean mayPassBeforeChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(DorpskrachtAuthenticationMechanism.CHANGE_PASSWORD_PAGE)
                || path.equals(DorpskrachtAuthenticationMechanism.CHANGE_PASSWORD_API)
                || path.equals(DorpskrachtAuthenticationMechanism.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/");
    }
}
