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
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a minute, that an e-mail and password pair was verified, so that an integration sending HTTP Basic on
 * every call does not pay for PBKDF2 every time. Only a keyed hash of the pair is kept, under a key that lives in this
 * process alone; failures are never remembered (the throttle counts those). Grants are not taken from here: they are
 * read per request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

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

    public void remember(String email, String password, String callerName, Set<String> groups) {
        if (verified.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            verified.values().removeIf(entry -> entry.expiresAt() < now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(email, password),
                new Verified(callerName, Set.copyOf(groups), System.nanoTime() + REMEMBER.toNanos()));
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

    public record Verified(String callerName, Set<String> groups, long expiresAt) {
    }
}
