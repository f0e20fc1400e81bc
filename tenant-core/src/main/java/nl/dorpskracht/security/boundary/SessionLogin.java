package nl.dorpskracht.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import nl.dorpskracht.security.control.CredentialStates;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.security.entity.SessionCaller;

/** The caller a form login left in the session, while the account's credentials stay as they were at that login. */
@ApplicationScoped
public class SessionLogin {

    @Inject
    CredentialStates states;

    /**
     * The session's account state if the session is still valid; a session whose credentials changed since its login
     * (or whose account is gone or disabled) is ended here, and the request goes on as anonymous.
     */
    public Optional<CredentialState> current(SessionCaller caller, HttpServletRequest request) {
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

    static Optional<SessionCaller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SessionCaller) session.getAttribute(SessionCaller.ATTRIBUTE));
    }
}
