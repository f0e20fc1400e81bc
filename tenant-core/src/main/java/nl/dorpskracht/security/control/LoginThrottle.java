package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without handing anyone a way to lock another person out.
 * <p>
 * Failures are counted per account <em>and</em> address together: after {@code failuresBeforeDelay} of them, that pair
 * waits 2, 4, 8, … seconds (capped at the window) after each further failure. Counting per account alone, as before,
 * let anyone who knows an e-mail address lock its owner out from anywhere; now the owner at their own address is
 * untouched by what another address tries. An address with {@code maxPerAddress} failures within the window, for
 * whatever accounts, waits until the oldest of them leaves the window: that bounds guessing across many accounts.
 * Attempts refused while waiting are not checked and not counted, so the wait never grows by itself.
 * <p>
 * Both tables have a fixed number of rows ({@link BoundedTable}). Kept per instance; in a cluster each instance counts
 * on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "dorpskracht.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "dorpskracht.login.failures-before-delay", defaultValue = "5")
    int failuresBeforeDelay;

    @Inject
    @ConfigProperty(name = "dorpskracht.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    private final Clock clock;
    private final BoundedTable<PairFailures> byPair;
    private final BoundedTable<Deque<Instant>> byAddress;

    public LoginThrottle() {
        this(Clock.systemUTC(), MAX_TRACKED);
    }

    LoginThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.byPair = new BoundedTable<>(capacity);
        this.byAddress = new BoundedTable<>(capacity);
    }

    LoginThrottle(Clock clock, int capacity, long windowSeconds, int failuresBeforeDelay, int maxPerAddress) {
        this(clock, capacity);
        this.windowSeconds = windowSeconds;
        this.failuresBeforeDelay = failuresBeforeDelay;
        this.maxPerAddress = maxPerAddress;
    }

    /** How long this account must wait at this address before its password is checked again; empty: check now. */
    public synchronized Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        PairFailures pair = byPair.get(pairKey(account, address));
        if (pair != null && pair.lockedUntil.isAfter(now)) {
            wait = Duration.between(now, pair.lockedUntil);
        }
        Deque<Instant> failures = byAddress.get(address);
        if (failures != null) {
            prune(failures, now);
            if (failures.size() >= maxPerAddress) {
                Duration addressWait = Duration.between(now, failures.peekFirst().plus(window()));
                wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
            }
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        PairFailures pair = byPair.getOrAdd(pairKey(account, address), key -> new PairFailures(),
                row -> row.isOver(now, window()));
        if (pair.isOver(now, window())) {
            pair.count = 0;
        }
        pair.count++;
        pair.lockedUntil = now.plus(delayAfter(pair.count));
        Deque<Instant> failures = byAddress.getOrAdd(address, key -> new ArrayDeque<>(), row -> {
            prune(row, now);
            return row.isEmpty();
        });
        prune(failures, now);
        failures.addLast(now);
        while (failures.size() > maxPerAddress) {
            failures.removeFirst();
        }
    }

    /**
     * The right password at this address: the pair starts afresh. The address's count stays, or an attacker could clear
     * it with an account of their own.
     */
    public synchronized void succeeded(String account, String address) {
        byPair.remove(pairKey(account, address));
    }

    /**
     * The account's password was reset or changed: its pairs start afresh at every address, so a person who was slowed
     * down by guessing (theirs or anyone's) logs in with the new password at once. Address counts stay, as above.
     */
    public synchronized void forgetAccount(String account) {
        byPair.removeKeysStartingWith(pairKey(account, ""));
    }

    /** 0 for the first failures; then 2^1, 2^2, … seconds, never longer than the window. */
    Duration delayAfter(int failures) {
        int beyond = failures - failuresBeforeDelay + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        long seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << beyond;
        return Duration.ofSeconds(Math.min(seconds, windowSeconds));
    }

    synchronized int trackedPairs() {
        return byPair.size();
    }

    synchronized int trackedAddresses() {
        return byAddress.size();
    }

    private Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant horizon = now.minus(window());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
            failures.removeFirst();
        }
    }

    /**
     * The account name enters as a digest: a row takes the same room whether the name has ten characters or the eight
     * thousand a header allows, and the table holds no e-mail addresses. An address has no space, so the last space
     * separates the two unambiguously.
     */
    private static String pairKey(String account, String address) {
        String name = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest) + " " + address;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Failures of one account at one address, forgotten a quiet window after its last wait ended. */
    private static final class PairFailures {
        int count;
        Instant lockedUntil = Instant.MIN;

        boolean isOver(Instant now, Duration window) {
            return lockedUntil.plus(window).isBefore(now);
        }
    }
}
