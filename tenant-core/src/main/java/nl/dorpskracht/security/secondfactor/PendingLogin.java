package nl.dorpskracht.security.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A password was right, the second step is still to come. Kept in the session under its own name, never as the
 * session's caller: it grants nothing but the page of its step (the enrolment page for {@link Kind#ENROL}).
 */
public record PendingLogin(String name, UUID accountId, Kind kind, Instant since) implements Serializable {

    public static final String ATTRIBUTE = "dorpskracht.pendingLogin";
    public static final String ENROLMENT_PAGE = "/account/second-factor.xhtml";
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    public enum Kind {
        /** Type a code of the enrolled app, or a recovery code. */
        CODE,
        /** The account must enrol before anything else. */
        ENROL
    }

    public boolean expired(Instant now) {
        return since.plus(kind == Kind.ENROL ? LIFETIME.multipliedBy(3) : LIFETIME).isBefore(now);
    }

    public static Optional<PendingLogin> in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((PendingLogin) session.getAttribute(ATTRIBUTE))
                .filter(pending -> !pending.expired(Instant.now()));
    }
}
