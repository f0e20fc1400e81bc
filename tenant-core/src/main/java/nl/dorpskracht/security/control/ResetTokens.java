package nl.dorpskracht.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a reset link: 256 random bits, URL-safe Base64 without padding (43 characters). Only its SHA-256 is
 * stored; a plain hash suffices because the token is random and long, so no dictionary or brute force reaches it.
 */
final class ResetTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** Longer input is no token of ours: refused before hashing, so nobody makes us hash megabytes. */
    static final int MAX_LENGTH = 64;

    private ResetTokens() {
    }

    static String newToken() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
