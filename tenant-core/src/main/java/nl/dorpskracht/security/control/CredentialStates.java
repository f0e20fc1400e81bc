package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.dorpskracht.platform.database.ChangeFeed;
import nl.dorpskracht.security.entity.CredentialState;

/**
 * The credential state of accounts ({@code credentials_version}, {@code must_change_password}), read for every
 * authenticated request, so kept for a few seconds. A change made on this instance is seen here at once
 * ({@link #changed}); one made on another instance as soon as the database announces it ({@link AccountChanges}). While
 * announcements may be missed (the {@link ChangeFeed} is not live) a state is trusted for {@link #DISTRUSTED} only. An
 * account that is gone or disabled has no state: every session and remembered verification of it is refused.
 * <p>
 * A read that began before a change was announced is not kept (the generation moved on meanwhile): it may hold the
 * state from before the commit.
 */
@ApplicationScoped
public class CredentialStates {

    static final Duration FRESH = Duration.ofSeconds(5);
    static final Duration DISTRUSTED = Duration.ofMillis(500);
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AccountRepository accounts;

    @Inject
    ChangeFeed feed;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public Optional<CredentialState> of(String email) {
        if (email == null || nl.dorpskracht.platform.input.ControlCharacters.in(email, false)) {
            return Optional.empty();
        }
        String key = key(email);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        long freshness = (feed.live() ? FRESH : DISTRUSTED).toNanos();
        if (cached != null && now - cached.loadedAt() < freshness) {
            return cached.state();
        }
        long before = generation.get();
        Optional<CredentialState> state = accounts.credentialState(email);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(state, now));
        if (generation.get() != before) {
            cache.remove(key);
        }
        return state;
    }

    /** Read from the database, not the cache: at login, where the session's version is fixed. */
    public Optional<CredentialState> fresh(String email) {
        changed(email);
        return of(email);
    }

    /** Called after the change committed, so that no request reloads the old state in between. */
    public void changed(String email) {
        generation.incrementAndGet();
        cache.remove(key(email));
    }

    /** Forgets every state: announcements were missed, or too many accounts changed at once to name them. */
    public void forgetAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private record Cached(Optional<CredentialState> state, long loadedAt) {
    }
}
