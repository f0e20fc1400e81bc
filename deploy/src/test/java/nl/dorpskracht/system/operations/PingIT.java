package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hello-world endpoint the benchmark compares with: public, plain text, and it opens no session. */
public class PingIT {

    @Test
    public void answersPongToAnyoneWithoutASession() {
        Api.Reply pong = Api.anonymous().get("/api/v1/ping");
        assertEquals(200, pong.status());
        assertEquals("pong", pong.body());
        assertTrue(pong.contentType().startsWith("text/plain"), pong.contentType());
        assertFalse(pong.headers().containsKey("set-cookie"), "no session: " + pong.headers());
    }
}
