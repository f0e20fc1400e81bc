package nl.dorpskracht.events.control;

/**
 * Fired inside the transaction in which a host cancelled one of its events. The event as it was is carried along:
 * guests can no longer read a cancelled event, yet their registrants should hear what was cancelled.
 */
public record EventCancelled(AgendaItem event) {
}
