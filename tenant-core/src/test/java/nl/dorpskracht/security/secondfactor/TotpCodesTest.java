package nl.dorpskracht.security.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 seed and its 8-digit codes, of which a 6-digit code is the last six. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.ofEpochSecond(1_111_111_109L);

    private static TotpCodes at(Instant moment) {
        return new TotpCodes(Clock.fixed(moment, ZoneOffset.UTC));
    }

    @Test
    void theCodesAreThoseOfRfc6238() {
        assertEquals("287082", at(NOW).codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", at(NOW).codeAt(RFC_SECRET, NOW));
        assertEquals("050471", at(NOW).codeAt(RFC_SECRET, Instant.ofEpochSecond(1_111_111_111L)));
    }

    @Test
    void aCodeOfTheStepBeforeTheCurrentOrAfterIsAccepted() {
        long now = TotpCodes.stepAt(NOW);
        for (long offset = -1; offset <= 1; offset++) {
            String code = at(NOW).codeAt(RFC_SECRET, NOW.plusSeconds(30 * offset));
            assertEquals(OptionalLong.of(now + offset), at(NOW).acceptedStep(RFC_SECRET, code, null),
                    "offset " + offset);
        }
    }

    @Test
    void aCodeTwoStepsAwayIsRefused() {
        for (long offset : new long[] { -2, 2, -10 }) {
            String code = at(NOW).codeAt(RFC_SECRET, NOW.plusSeconds(30 * offset));
            assertTrue(at(NOW).acceptedStep(RFC_SECRET, code, null).isEmpty(), "offset " + offset);
        }
    }

    @Test
    void aUsedCodeIsNotAcceptedAgainNorOneOfAnEarlierStep() {
        TotpCodes codes = at(NOW);
        String current = codes.codeAt(RFC_SECRET, NOW);
        long step = codes.acceptedStep(RFC_SECRET, current, null).getAsLong();
        assertTrue(codes.acceptedStep(RFC_SECRET, current, step).isEmpty(), "the same code again");
        String before = codes.codeAt(RFC_SECRET, NOW.minusSeconds(30));
        assertTrue(codes.acceptedStep(RFC_SECRET, before, step).isEmpty(), "the step before the used one");
        String after = codes.codeAt(RFC_SECRET, NOW.plusSeconds(30));
        assertEquals(OptionalLong.of(step + 1), codes.acceptedStep(RFC_SECRET, after, step), "the next step is new");
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefusedWithoutComparing() {
        for (String typed : new String[] { null, "", "12345", "1234567", "08180a", "081 804x" }) {
            assertTrue(at(NOW).acceptedStep(RFC_SECRET, typed, null).isEmpty(), String.valueOf(typed));
        }
        assertEquals(OptionalLong.of(TotpCodes.stepAt(NOW)), at(NOW).acceptedStep(RFC_SECRET, " 081 804 ", null),
                "spaces as an app groups the digits");
    }

    @Test
    void theSecretSurvivesBase32AndTheAddressNamesIt() {
        byte[] secret = TotpCodes.newSecret();
        assertEquals(20, secret.length);
        assertEquals(java.util.HexFormat.of().formatHex(secret),
                java.util.HexFormat.of().formatHex(TotpCodes.fromBase32(TotpCodes.base32(secret).toLowerCase())));
        String uri = TotpCodes.otpauthUri("Dorpskracht", "a b@example.nl", secret);
        assertTrue(uri.startsWith("otpauth://totp/Dorpskracht:a%20b%40example.nl?secret=" + TotpCodes.base32(secret)),
                uri);
        assertTrue(QrCodes.svgDataUri(uri).startsWith("data:image/svg+xml;base64,"));
    }
}
