package nl.dorpskracht.admin.events;

import java.util.List;
import nl.dorpskracht.events.entity.EventInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The JSON body of an event; no tenant field: the host is the tenant in the path. */
public record EventRequest(String type, String title, @MultiLine String description, String theme, String startsAt,
        String endsAt, String location, String onlineLink, String region, Integer capacity, String registrationDeadline,
        String status, Boolean sharedWithAllTenants, List<String> sharedWith, Long version) {

    EventInput input() {
        return new EventInput(type, title, description, theme, startsAt, endsAt, location, onlineLink, region, capacity,
                registrationDeadline, status);
    }
}
