package nl.dorpskracht.events.entity;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a host says about an event; validated. Times are instants; they are entered and shown in Dutch time. */
public record EventDetails(EventType type, String title, String description, String theme, OffsetDateTime startsAt,
        OffsetDateTime endsAt, String location, String onlineLink, String region, Integer capacity,
        OffsetDateTime registrationDeadline, EventStatus status) {

    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("theme", theme);
        fields.put("startsAt", startsAt == null ? null : startsAt.toInstant());
        fields.put("endsAt", endsAt == null ? null : endsAt.toInstant());
        fields.put("location", location);
        fields.put("onlineLink", onlineLink);
        fields.put("region", region);
        fields.put("capacity", capacity);
        fields.put("registrationDeadline", registrationDeadline == null ? null : registrationDeadline.toInstant());
        fields.put("status", status);
        return fields;
    }
}
