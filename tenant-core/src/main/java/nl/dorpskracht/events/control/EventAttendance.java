package nl.dorpskracht.events.control;

import java.util.List;
import nl.dorpskracht.events.entity.EventAttendee;

/** Who comes to an event of the host, from every province, with its places. */
public record EventAttendance(AgendaItem event, EventPlaces.Occupancy places, List<EventAttendee> attendees) {
}
