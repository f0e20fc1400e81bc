package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: too many failed logins within the window block further attempts for that account and,
 * with a higher limit, for that address. Kept per instance; in a cluster each instance counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "dorpskracht.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "dorpskracht.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "dorpskracht.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    private static final int MAX_TRACKED = 10_000;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    public boolean isBlocked(String account, String address) {
        return count(failuresByAccount, accountKey(account)) >= maxPerAccount
                || count(failuresByAddress, address) >= maxPerAddress;
    }

    public void failed(String account, String address) {
        record(failuresByAccount, accountKey(account));
        record(failuresByAddress, address);
    }

    public void succeeded(String account) {
        failuresByAccount.remove(accountKey(account));
    }

    private static String accountKey(String account) {
        return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
    }

    private int count(Map<String, Deque<Instant>> failures, String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void record(Map<String, Deque<Instant>> failures, String key) {
        if (failures.size() > MAX_TRACKED) {
            forgetQuietKeys(failures);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    /** Guessing with many invented account names must not grow memory without bound. */
    private void forgetQuietKeys(Map<String, Deque<Instant>> failures) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(Duration.ofSeconds(windowSeconds));
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }
}
