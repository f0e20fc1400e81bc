package nl.dorpskracht.security.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDistinctCodesThatAreNotTotpCodes() {
        List<String> codes = RecoveryCodes.generate();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        for (String code : codes) {
            assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code);
            assertTrue(RecoveryCodes.looksLikeOne(code));
        }
        assertFalse(RecoveryCodes.looksLikeOne("123456"));
    }

    @Test
    void typedWithoutDashOrInCapitalsItHasTheSameDigest() {
        String code = RecoveryCodes.generate().get(0);
        String digest = RecoveryCodes.digest(code);
        assertEquals(digest, RecoveryCodes.digest(code.replace("-", "").toUpperCase()));
        assertEquals(digest, RecoveryCodes.digest(" " + code.replace("-", " ") + " "));
        assertNotEquals(digest, RecoveryCodes.digest(code.substring(1)));
        assertEquals(64, digest.length());
    }
}
