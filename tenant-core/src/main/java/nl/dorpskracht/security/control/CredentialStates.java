package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.dorpskracht.security.entity.CredentialState;

/**
 * The credential state of accounts ({@code credentials_version}, {@code must_change_password}), read for every
 * authenticated request, so kept for a few seconds. A change made on this instance is seen here at once
 * ({@link #changed}); on another instance of a cluster within {@link #FRESH}. An account that is gone or disabled has
 * no state: every session and remembered verification of it is refused.
 */
@ApplicationScoped
public class CredentialStates {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AccountRepository accounts;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<CredentialState> of(String email) {
        if (email == null || nl.dorpskracht.platform.input.ControlCharacters.in(email, false)) {
            return Optional.empty();
        }
        String key = key(email);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.loadedAt() < FRESH.toNanos()) {
            return cached.state();
        }
        Optional<CredentialState> state = accounts.credentialState(email);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(state, now));
        return state;
    }

    /** Read from the database, not the cache: at login, where the session's version is fixed. */
    public Optional<CredentialState> fresh(String email) {
        changed(email);
        return of(email);
    }

    /** Called after the change committed, so that no request reloads the old state in between. */
    public void changed(String email) {
        cache.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private record Cached(Optional<CredentialState> state, long loadedAt) {
    }
}
