package nl.dorpskracht.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's value: a prefix that says what it is (so a leaked one is recognised by secret scanners and people) and 192
 * random bits. Only its SHA-256 digest is stored: the value has too much randomness to be guessed from it, so a slow
 * hash would only slow down every API call.
 */
public final class TokenValues {

    public static final String PREFIX = "dkpat_";
    private static final int RANDOM_BYTES = 24;
    private static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenValues() {
    }

    public static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Could be a token: checked before anything is looked up. */
    public static boolean plausible(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() <= MAX_LENGTH
                && value.chars().allMatch(c -> c > 32 && c < 127);
    }

    public static String digest(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
