package nl.dorpskracht.matching.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a proposal's answer link: 256 random bits, URL-safe, single-use (the proposal is answered once) and
 * expiring with the proposal. Only its SHA-256 is stored; a plain hash suffices because the secret is random.
 */
public final class MatchTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What the link carries, and what the database keeps. */
    public record Token(String secret, String hash) {
    }

    private MatchTokens() {
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
