package nl.dorpskracht.security.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenValuesTest {

    @Test
    void aTokenCarriesAtLeast160RandomBitsAfterItsPrefix() {
        String value = TokenValues.generate();
        assertTrue(value.startsWith(TokenValues.PREFIX));
        byte[] random = Base64.getUrlDecoder().decode(value.substring(TokenValues.PREFIX.length()));
        assertTrue(random.length * 8 >= 160, random.length * 8 + " bits");
        assertNotEquals(value, TokenValues.generate());
        assertTrue(TokenValues.plausible(value));
    }

    @Test
    void onlyPlausibleValuesAreLookedUp() {
        assertFalse(TokenValues.plausible(null));
        assertFalse(TokenValues.plausible("abc"));
        assertFalse(TokenValues.plausible(TokenValues.PREFIX + "x".repeat(200)));
        assertFalse(TokenValues.plausible(TokenValues.PREFIX + "a\u0000b"));
    }

    @Test
    void theDigestIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenValues.digest("abc"));
    }
}
