package nl.dorpskracht.events.entity;

/** Where a registration stands: a place, a place on the waitlist, or withdrawn. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
