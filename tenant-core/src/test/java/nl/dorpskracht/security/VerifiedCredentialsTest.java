package nl.dorpskracht.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dorpskracht.security.control.VerifiedCredentials;
import nl.dorpskracht.security.control.VerifiedCredentials.Verified;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    @Test
    void eightRequestsWithTheSamePairAtOnceCheckThePasswordOnce() throws Exception {
        VerifiedCredentials credentials = new VerifiedCredentials();
        AtomicInteger checks = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Optional<Verified>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return credentials.verifyOnce("Koppeling@vkkl.demo", "geheim", () -> {
                    checks.incrementAndGet();
                    sleep(300);
                    return Optional.of(Verified.now("koppeling@vkkl.demo", Set.of("vkkl:TENANT_ADMIN"), 0));
                });
            }));
        }
        start.countDown();
        for (Future<Optional<Verified>> answer : answers) {
            assertEquals("koppeling@vkkl.demo", answer.get().orElseThrow().callerName());
        }
        pool.shutdown();
        assertEquals(1, checks.get(), "one PBKDF2 check for eight requests");
        assertTrue(credentials.find("koppeling@vkkl.demo ", "geheim").isPresent(), "and remembered");
    }

    @Test
    void aWrongPairIsNeverRememberedAndEachLaterAttemptIsCheckedAgain() {
        VerifiedCredentials credentials = new VerifiedCredentials();
        AtomicInteger checks = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertTrue(credentials.verifyOnce("admin@vkkl.demo", "fout", () -> {
                checks.incrementAndGet();
                return Optional.empty();
            }).isEmpty());
        }
        assertEquals(3, checks.get());
        assertTrue(credentials.find("admin@vkkl.demo", "fout").isEmpty());
    }

    @Test
    void forgettingAnAccountDropsItsRememberedPairsAndNoOthers() {
        VerifiedCredentials credentials = new VerifiedCredentials();
        credentials.verifyOnce("piet@vkkl.demo", "oud-wachtwoord-1",
                () -> Optional.of(Verified.now("piet@vkkl.demo", Set.of(), 3)));
        credentials.verifyOnce("anna@vkkl.demo", "haar-wachtwoord",
                () -> Optional.of(Verified.now("anna@vkkl.demo", Set.of(), 0)));
        assertEquals(3, credentials.find("piet@vkkl.demo", "oud-wachtwoord-1").orElseThrow().credentialsVersion());
        credentials.forget("Piet@vkkl.demo");
        assertTrue(credentials.find("piet@vkkl.demo", "oud-wachtwoord-1").isEmpty());
        assertTrue(credentials.find("anna@vkkl.demo", "haar-wachtwoord").isPresent());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
