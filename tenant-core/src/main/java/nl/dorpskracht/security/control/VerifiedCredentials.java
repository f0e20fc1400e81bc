package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that an e-mail and password pair was verified, so that an integration sending HTTP Basic on
 * every call does not pay for PBKDF2 every time. Only a keyed hash of the pair is kept, under a key that lives in this
 * process alone; failures are never remembered (the throttle counts those). Grants are not taken from here: they are
 * read per request. A remembered pair carries the account's credentials version at the check: once the password changed
 * or the person signed out everywhere, the version moved on and the pair is checked again (and fails with the old
 * password); {@link #forget} drops an account's pairs at once, on this instance and, announced by the database, on
 * every other ({@link AccountChanges}). When a remembered pair expires while an integration sends many requests at
 * once, one of them checks the password again and the others wait for its answer, instead of all running PBKDF2 side by
 * side.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<Verified>>> checking = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    public Optional<Verified> find(String email, String password) {
        Verified known = verified.get(fingerprint(email, password));
        if (known == null || known.expiresAt() < System.nanoTime()) {
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /**
     * Checks a pair that is not remembered: {@code check} gives the verified caller, or empty for a wrong pair. A check
     * of the same pair already running answers this call too; only a success is remembered.
     */
    public Optional<Verified> verifyOnce(String email, String password, Supplier<Optional<Verified>> check) {
        String pair = fingerprint(email, password);
        CompletableFuture<Optional<Verified>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Verified>> running = checking.putIfAbsent(pair, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Optional<Verified> result = check.get();
            result.ifPresent(caller -> remember(pair, caller));
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(pair, mine);
        }
    }

    /** Forgets every remembered pair of the account, after its credentials (or its grants) changed. */
    public void forget(String email) {
        verified.values().removeIf(entry -> entry.callerName().equalsIgnoreCase(email.trim()));
    }

    /** Forgets every remembered pair: changes may have been missed, or too many accounts changed to name them. */
    public void forgetAll() {
        verified.clear();
    }

    private void remember(String pair, Verified caller) {
        if (verified.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            verified.values().removeIf(entry -> entry.expiresAt() < now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(pair, caller);
    }

    private String fingerprint(String email, String password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(email.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    public record Verified(String callerName, Set<String> groups, long credentialsVersion, long expiresAt) {

        /** Verified just now, with the credentials version read before the check; remembered for a minute. */
        public static Verified now(String callerName, Set<String> groups, long credentialsVersion) {
            return new Verified(callerName, Set.copyOf(groups), credentialsVersion,
                    System.nanoTime() + REMEMBER.toNanos());
        }
    }
}
