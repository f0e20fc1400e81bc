package nl.dorpskracht.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.entity.EventRef;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Places and the waitlist of an event, which span provinces: decided by the database functions of
 * {@code V7__registrations.sql}, in the caller's transaction, so the lock a claim takes lasts until the registration is
 * committed.
 */
@ApplicationScoped
public class EventPlaces {

    /** What a claim gives: a place, a place on the waitlist, or no registration possible. */
    public enum Outcome {
        CONFIRMED, WAITLISTED, CLOSED, NOT_FOUND
    }

    /** The outcome of a claim and, on the waitlist, its position (1 = next in line). */
    public record Claim(Outcome outcome, Integer waitlistPosition) {
    }

    /** A registration promoted from the waitlist, possibly of another province: its tenant and id, nothing more. */
    public record Promotion(String tenant, UUID registrationId) {
    }

    /** Places of an event; {@code capacity} null means no limit; {@code ahead}: waiting before a given position. */
    public record Occupancy(Integer capacity, int confirmed, int waiting, int ahead) {

        public Integer free() {
            return capacity == null ? null : Math.max(capacity - confirmed, 0);
        }
    }

    @Inject
    TransactionFunctions functions;

    @Transactional(TxType.MANDATORY)
    public Claim claim(EventRef event) {
        Map<String, Object> row = functions
                .rows("select claim, waiting_before from claim_event_place(#a0," + " cast(#a1 as uuid))",
                        event.hostTenant(), id(event))
                .get(0);
        Outcome outcome = Outcome.valueOf((String) row.get("claim"));
        return new Claim(outcome,
                outcome == Outcome.WAITLISTED ? ((Number) row.get("waiting_before")).intValue() + 1 : null);
    }

    @Transactional(TxType.MANDATORY)
    public List<Promotion> promoteFromWaitlist(EventRef event) {
        return functions
                .rows("select registration_tenant, cast(registration_id as varchar) as registration_id"
                        + " from promote_event_waitlist(#a0, cast(#a1 as uuid))", event.hostTenant(), id(event))
                .stream().map(row -> new Promotion((String) row.get("registration_tenant"),
                        UUID.fromString((String) row.get("registration_id"))))
                .toList();
    }

    /** The places of an event the tenant may see; empty counts for one it may not. */
    @Transactional(TxType.MANDATORY)
    public Occupancy occupancy(EventRef event, Long queueOrder) {
        List<Map<String, Object>> rows = functions.rows(
                "select capacity, confirmed, waiting, ahead from event_places(#a0, cast(#a1 as uuid), #a2)",
                event.hostTenant(), id(event), queueOrder == null ? Long.MAX_VALUE : queueOrder);
        if (rows.isEmpty()) {
            return new Occupancy(0, 0, 0, 0);
        }
        Map<String, Object> row = rows.get(0);
        return new Occupancy(row.get("capacity") == null ? null : ((Number) row.get("capacity")).intValue(),
                ((Number) row.get("confirmed")).intValue(), ((Number) row.get("waiting")).intValue(),
                ((Number) row.get("ahead")).intValue());
    }

    private static String id(EventRef event) {
        return event.id().toString();
    }
}
