package nl.dorpskracht.events.control;

import java.util.UUID;

/**
 * Fired inside the transaction that changed a registration; observers act after it commits, in the registration's own
 * tenant (which for a promotion may not be the tenant whose action caused it).
 */
public record RegistrationChanged(String tenant, UUID registrationId, Change change) {

    public enum Change {
        CONFIRMED, WAITLISTED, PROMOTED, CANCELLED
    }
}
