package nl.dorpskracht.security.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenValuesTest {

    @Test
    void aTokenNamesItsTenantAndCarriesAtLeast160RandomBits() {
        String value = TokenValues.generate("vkkl");
        assertTrue(value.startsWith(TokenValues.PREFIX + "vkkl."), value);
        byte[] random = Base64.getUrlDecoder().decode(value.substring(value.indexOf('.') + 1));
        assertTrue(random.length * 8 >= 160, random.length * 8 + " bits");
        assertNotEquals(value, TokenValues.generate("vkkl"));
        assertEquals(Optional.of("vkkl"), TokenValues.tenantOf(value));
    }

    @Test
    void onlyPlausibleValuesAreLookedUp() {
        for (String value : new String[] { null, "abc", TokenValues.PREFIX + "x".repeat(200),
                TokenValues.PREFIX + "vkkl.a\u0000b", TokenValues.PREFIX + "AAAA", TokenValues.PREFIX + ".AAAA",
                TokenValues.PREFIX + "VKKL.AAAA", TokenValues.PREFIX + "vk'kl.AAAA" }) {
            assertEquals(Optional.empty(), TokenValues.tenantOf(value), String.valueOf(value));
        }
    }

    @Test
    void theDigestIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenValues.digest("abc"));
    }
}
