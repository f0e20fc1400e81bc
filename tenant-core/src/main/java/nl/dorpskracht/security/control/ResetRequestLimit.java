package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code perAddress} (10; {@code DORPSKRACHT_PASSWORD_RESET_MAX_PER_ADDRESS}) reset requests per address in
 * {@link #WINDOW}, for whatever addresses they name, so that nobody fills other people's mailboxes or the outbox from
 * one place. Counted before anything is looked up, so the limit says nothing about accounts: a request over it gets the
 * same answer as any other, and no mail. Kept per instance, in a table of fixed size ({@link BoundedTable}).
 */
@ApplicationScoped
public class ResetRequestLimit {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "dorpskracht.password-reset.max-per-address", defaultValue = "10")
    int perAddress;

    private final Clock clock;
    private final BoundedTable<Deque<Instant>> byAddress;

    public ResetRequestLimit() {
        this(Clock.systemUTC(), LoginThrottle.MAX_TRACKED, 10);
    }

    ResetRequestLimit(Clock clock, int capacity, int perAddress) {
        this.clock = clock;
        this.byAddress = new BoundedTable<>(capacity);
        this.perAddress = perAddress;
    }

    /** Counts the request; false when the address made too many within the window. */
    public synchronized boolean allow(String address) {
        Instant now = clock.instant();
        Instant horizon = now.minus(WINDOW);
        Deque<Instant> requests = byAddress.getOrAdd(address, key -> new ArrayDeque<>(), row -> {
            prune(row, horizon);
            return row.isEmpty();
        });
        prune(requests, horizon);
        if (requests.size() >= perAddress) {
            return false;
        }
        requests.addLast(now);
        return true;
    }

    private static void prune(Deque<Instant> requests, Instant horizon) {
        while (!requests.isEmpty() && requests.peekFirst().isBefore(horizon)) {
            requests.removeFirst();
        }
    }
}
