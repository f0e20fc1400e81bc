package nl.dorpskracht.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String VICTIM = "admin@vkkl.demo";
    private static final String HOME = "192.0.2.10";
    private static final String ATTACKER = "198.51.100.7";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 1_000, 900, 5, 30);

    @Test
    void failuresFromAnotherAddressNeverDelayTheOwnerAtTheirOwnAddress() {
        for (int attempt = 0; attempt < 29; attempt++) {
            throttle.failed(VICTIM, ATTACKER);
        }
        assertTrue(throttle.waitBefore(VICTIM, ATTACKER).isPresent(), "the attacker waits");
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, HOME), "the owner does not");
    }

    @Test
    void fiveFailuresAreFreeThenEachFurtherFailureDoublesTheWait() {
        for (int attempt = 0; attempt < 4; attempt++) {
            throttle.failed(VICTIM, ATTACKER);
            assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, ATTACKER), "failure " + (attempt + 1));
        }
        long[] expected = { 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
        for (long seconds : expected) {
            throttle.failed(VICTIM, ATTACKER);
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.waitBefore(VICTIM, ATTACKER));
            clock.advance(Duration.ofSeconds(seconds));
            assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, ATTACKER), "after " + seconds + " s");
        }
    }

    @Test
    void theAccountNameIsCountedWithoutRegardToCaseOrSpaces() {
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(attempt % 2 == 0 ? " Admin@VKKL.demo" : VICTIM, ATTACKER);
        }
        assertTrue(throttle.waitBefore(VICTIM, ATTACKER).isPresent());
    }

    @Test
    void aResetPasswordFreesTheAccountAtEveryAddressButNotOtherAccounts() {
        for (int attempt = 0; attempt < 6; attempt++) {
            throttle.failed(VICTIM, HOME);
            throttle.failed(VICTIM, ATTACKER);
            throttle.failed("other@vkkl.demo", ATTACKER);
        }
        throttle.forgetAccount(" ADMIN@vkkl.demo");
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, HOME));
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, ATTACKER));
        assertTrue(throttle.waitBefore("other@vkkl.demo", ATTACKER).isPresent());
    }

    @Test
    void theRightPasswordStartsThePairAfresh() {
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(VICTIM, HOME);
        }
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded(VICTIM, HOME);
        throttle.failed(VICTIM, HOME);
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, HOME));
    }

    @Test
    void aQuietWindowAfterTheLastWaitForgetsThePair() {
        for (int attempt = 0; attempt < 6; attempt++) {
            throttle.failed(VICTIM, ATTACKER);
        }
        clock.advance(Duration.ofSeconds(4 + 901));
        throttle.failed(VICTIM, ATTACKER);
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, ATTACKER), "counted from one again");
    }

    @Test
    void thirtyFailuresFromOneAddressBlockEveryAccountThereUntilTheOldestLeavesTheWindow() {
        for (int attempt = 0; attempt < 30; attempt++) {
            throttle.failed("raden" + attempt + "@example.org", ATTACKER);
            clock.advance(Duration.ofSeconds(10));
        }
        Optional<Duration> wait = throttle.waitBefore(VICTIM, ATTACKER);
        assertEquals(Optional.of(Duration.ofSeconds(900 - 300)), wait, "the first failure leaves the window then");
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, HOME), "other addresses are not touched");
        clock.advance(wait.get());
        assertEquals(Optional.empty(), throttle.waitBefore(VICTIM, ATTACKER));
    }

    @Test
    void waitingIsNotCountedSoTheWaitDoesNotGrowByAskingAgain() {
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(VICTIM, ATTACKER);
        }
        for (int asked = 0; asked < 100; asked++) {
            throttle.waitBefore(VICTIM, ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore(VICTIM, ATTACKER));
    }

    @Test
    void inventedAccountsFromManyAddressesKeepTheTablesAtTheirSize() {
        for (int attempt = 0; attempt < 5_000; attempt++) {
            throttle.failed("raden" + attempt + "@example.org", "10.0." + attempt / 250 + "." + attempt % 250);
        }
        assertEquals(1_000, throttle.trackedPairs());
        assertEquals(1_000, throttle.trackedAddresses());
    }

    @Test
    void aFullTableDropsWhatIsOverBeforeWhatStillCounts() {
        inventFailures("10.1.", 999);
        clock.advance(Duration.ofSeconds(901));
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(VICTIM, ATTACKER);
        }
        inventFailures("10.2.", 999);
        assertTrue(throttle.waitBefore(VICTIM, ATTACKER).isPresent(), "the rows that were over made room");
    }

    private void inventFailures(String network, int count) {
        for (int attempt = 0; attempt < count; attempt++) {
            throttle.failed("raden" + attempt + "@example.org", network + attempt / 250 + "." + attempt % 250);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T09:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
