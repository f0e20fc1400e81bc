package nl.dorpskracht.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret a link in a mail carries when following it must work without logging in (unsubscribing from a newsletter,
 * answering a vraag & aanbod proposal): 256 random bits, URL-safe. Only its SHA-256 is stored; a plain hash is enough
 * because the secret is random, not chosen by a person (nothing to guess from a dictionary).
 */
public final class LinkSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A new secret: what the link carries, and what the database keeps. */
    public record Token(String secret, String hash) {
    }

    private LinkSecrets() {
    }

    public static Token next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(secret, hash(secret));
    }

    /** The hash to look up, or empty for anything that cannot be a secret (no query for it). */
    public static Optional<String> lookup(String secret) {
        return secret != null && SHAPE.matcher(secret).matches() ? Optional.of(hash(secret)) : Optional.empty();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
