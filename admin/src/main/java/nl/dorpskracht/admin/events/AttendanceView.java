package nl.dorpskracht.admin.events;

import java.util.List;

/** Who comes to one of the host's events: places, and the attendees from every province in order. */
public record AttendanceView(EventView event, Integer capacity, int confirmed, int waiting, Integer free,
        List<AttendeeView> attendees) {
}
