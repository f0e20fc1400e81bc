package nl.dorpskracht.security.secondfactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what every authenticator app reads from a
 * QR code). A code is accepted for the step before, the current and the step after (a phone's clock may be off by some
 * seconds, and typing takes time), and only for a step later than the last accepted one: a code seen over someone's
 * shoulder cannot be used again, nor one of the step before it.
 */
public final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int SECRET_BYTES = 20;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            ALGORITHM);
    private final Clock clock;

    public TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** 160 random bits, as RFC 4226 recommends for HMAC-SHA1. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The secret as people type it into an app: Base32 without padding, in groups of four. */
    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    public static byte[] fromBase32(String text) {
        return new Base32().decode(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    public static String otpauthUri(String issuer, String accountName, byte[] secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The time step a moment falls in. */
    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of the step the moment falls in; what an authenticator app shows at that moment. */
    public String codeAt(byte[] secret, Instant moment) {
        try {
            return generator.generateOneTimePasswordString(key(secret), moment, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /**
     * The step a typed code belongs to, if it is one of the window's and later than {@code lastUsedStep}; empty when
     * the code is wrong, outside the window or used before.
     */
    public OptionalLong acceptedStep(byte[] secret, String typed, Long lastUsedStep) {
        String code = typed == null ? "" : typed.replace(" ", "").trim();
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            boolean fresh = lastUsedStep == null || step > lastUsedStep;
            String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
            if (fresh && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, ALGORITHM);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
