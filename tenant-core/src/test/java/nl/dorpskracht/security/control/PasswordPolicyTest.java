package nl.dorpskracht.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.dorpskracht.security.entity.PasswordViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPassphraseWithoutDigitsOrCapitalsIsAccepted() {
        assertEquals(List.of(), policy.check("paarse fiets langs de dijk", "jan@dorp.nl"));
        assertEquals(List.of(), policy.check("vlinderdas-kerktoren-17", "jan@dorp.nl"));
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertEquals(List.of(PasswordViolation.TOO_SHORT), policy.check("kx8#vm2qz9w", null));
        assertEquals(List.of(), policy.check("kx8#vm2qz9wr", null));
        assertEquals(List.of(PasswordViolation.TOO_SHORT), policy.check("", null));
        assertEquals(List.of(PasswordViolation.TOO_SHORT), policy.check(null, null));
    }

    @Test
    void lengthCountsCodePointsNotJavaChars() {
        // eleven emoji are 22 Java chars but eleven characters to the person typing them
        String elevenEmoji = "🌳🚲🏡🌷🐄🌾🐑🌻🚜🏰🦆";
        assertEquals(List.of(PasswordViolation.TOO_SHORT), policy.check(elevenEmoji, null));
        assertEquals(List.of(), policy.check(elevenEmoji + "ë", null));
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String base = "appelboom-fietspad-molen-";
        String long129 = (base.repeat(6)).substring(0, 129);
        assertEquals(List.of(PasswordViolation.TOO_LONG), policy.check(long129, null));
        assertEquals(List.of(), policy.check(long129.substring(0, 128), null));
    }

    @Test
    void aPasswordFromTheBreachedListIsRefusedWhateverItsCase() {
        for (String breached : List.of("1qaz2wsx3edc", "qwerty123456", "LeaveMeAlone", "123456654321")) {
            assertEquals(List.of(PasswordViolation.BREACHED), policy.check(breached, null), breached);
        }
    }

    @Test
    void repetitionsSequencesAndTheOwnAddressAreTooPredictable() {
        assertEquals(List.of(PasswordViolation.TOO_PREDICTABLE), policy.check("aaaaaaaaaaaaaaaa", null));
        assertEquals(List.of(PasswordViolation.TOO_PREDICTABLE), policy.check("abcdefghijklmnop", null));
        assertEquals(List.of(PasswordViolation.TOO_PREDICTABLE), policy.check("dorpskracht2026", null));
        assertEquals(List.of(PasswordViolation.TOO_PREDICTABLE), policy.check("pietjansen1234", "pietjansen@dorp.nl"));
    }
}
