package nl.dorpskracht.events.control;

import nl.dorpskracht.events.entity.Registration;

/**
 * A registration with the event it is for ({@code null} when the host no longer shares it) and, on the waitlist, the
 * position (1 = next in line).
 */
public record RegistrationItem(Registration registration, AgendaItem event, Integer waitlistPosition) {
}
