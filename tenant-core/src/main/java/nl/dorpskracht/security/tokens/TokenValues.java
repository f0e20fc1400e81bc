package nl.dorpskracht.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A token's value: a prefix that says what it is (so a leaked one is recognised by secret scanners and people), the
 * tenant it works in, and 192 random bits: {@code dkpat_vkkl.<random>}. Naming the tenant lets the login look the token
 * up inside that tenant, under its row-level security, instead of across tenants. Only its SHA-256 digest is stored:
 * the value has too much randomness to be guessed from it, so a slow hash would only slow down every API call.
 */
public final class TokenValues {

    public static final String PREFIX = "dkpat_";
    private static final int RANDOM_BYTES = 24;
    private static final int MAX_LENGTH = 100;
    private static final char SEPARATOR = '.';
    private static final Pattern TENANT = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenValues() {
    }

    public static String generate(String tenant) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + tenant + SEPARATOR + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The tenant a plausible token names; empty for anything that cannot be a token (nothing is looked up then). */
    public static Optional<String> tenantOf(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c > 32 && c < 127)) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        String tenant = separator < 0 ? "" : value.substring(PREFIX.length(), separator);
        return TENANT.matcher(tenant).matches() ? Optional.of(tenant) : Optional.empty();
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
