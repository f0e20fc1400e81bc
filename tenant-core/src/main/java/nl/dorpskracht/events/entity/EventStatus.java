package nl.dorpskracht.events.entity;

/** A draft is the host's own; only a published event is seen by members and, when shared, by other tenants. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
