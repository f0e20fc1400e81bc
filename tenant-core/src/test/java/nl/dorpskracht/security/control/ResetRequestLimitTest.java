package nl.dorpskracht.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResetRequestLimitTest {

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final ResetRequestLimit limit = new ResetRequestLimit(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, 100, 10);

    @Test
    void tenRequestsPerAddressThenNoneUntilTheWindowMovesOn() {
        for (int request = 0; request < 10; request++) {
            assertTrue(limit.allow("192.0.2.1"));
        }
        assertFalse(limit.allow("192.0.2.1"));
        assertTrue(limit.allow("192.0.2.2"), "another address is not affected");
        now = now.plus(ResetRequestLimit.WINDOW).plus(Duration.ofSeconds(1));
        assertTrue(limit.allow("192.0.2.1"));
    }
}
