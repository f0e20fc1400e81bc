package nl.dorpskracht.invitations.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so a copy of the database (a
 * backup) accepts no invitation; a fast hash is enough for a value with 256 bits of chance in it.
 */
public final class InvitationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int MAX_LENGTH = 64;

    private InvitationTokens() {
    }

    public static String newToken() {
        byte[] token = new byte[BYTES];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Hex of the SHA-256 of the token as given; a token of the wrong shape hashes to something no row holds. */
    public static String hashHex(String token) {
        String bounded = token == null ? "" : token.length() > MAX_LENGTH ? token.substring(0, MAX_LENGTH) : token;
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bounded.strip().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
