package nl.dorpskracht.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublicAnswerTest {

    @Test
    void theEtagFollowsTheBytes() {
        String one = PublicAnswer.etag("een".getBytes(StandardCharsets.UTF_8));
        assertEquals(one, PublicAnswer.etag("een".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(one, PublicAnswer.etag("twee".getBytes(StandardCharsets.UTF_8)));
        assertTrue(one.matches("\"[A-Za-z0-9_-]{27}\""), one);
    }
}
