package nl.dorpskracht.events.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.time.DutchTime;

/**
 * Raw input for an event. Times are accepted as ISO instants with an offset ({@code 2027-03-01T19:30:00+01:00}) or as
 * local times ({@code 2027-03-01T19:30}), which are Europe/Amsterdam.
 */
public record EventInput(String type, String title, String description, String theme, String startsAt, String endsAt,
        String location, String onlineLink, String region, Integer capacity, String registrationDeadline,
        String status) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    public EventDetails validate() {
        InputFields fields = new InputFields();
        EventType cleanType = fields.choice("type", type, EventType.class, "required.eventType", "invalid.eventType");
        String cleanTitle = fields.required("title", title, TITLE_MAX, "required.title");
        String cleanDescription = fields.optional("description", description, DESCRIPTION_MAX);
        String cleanTheme = fields.optional("theme", theme, 100);
        OffsetDateTime start = time(fields, "startsAt", startsAt, true);
        OffsetDateTime end = time(fields, "endsAt", endsAt, true);
        if (start != null && end != null && end.isBefore(start)) {
            fields.fail("endsAt", "invalid.endBeforeStart");
        }
        String cleanLocation = fields.optional("location", location, 200);
        String cleanLink = fields.optional("onlineLink", onlineLink, 500);
        if (cleanLink != null && !isWebAddress(cleanLink)) {
            fields.fail("onlineLink", "invalid.link");
        }
        if (cleanType != null && cleanType == EventType.WEBINAR && cleanLink == null) {
            fields.fail("onlineLink", "required.onlineLink");
        }
        String cleanRegion = fields.optional("region", region, 100);
        if (capacity != null && (capacity < 1 || capacity > 100_000)) {
            fields.fail("capacity", "invalid.number", 1, 100_000);
        }
        OffsetDateTime deadline = time(fields, "registrationDeadline", registrationDeadline, false);
        if (deadline != null && end != null && deadline.isAfter(end)) {
            fields.fail("registrationDeadline", "invalid.deadlineAfterEnd");
        }
        EventStatus cleanStatus = status == null || status.isBlank() ? EventStatus.DRAFT
                : fields.choice("status", status, EventStatus.class, null, "invalid.eventStatus");
        fields.throwIfInvalid();
        return new EventDetails(cleanType, cleanTitle, cleanDescription, cleanTheme, start, end, cleanLocation,
                cleanLink, cleanRegion, capacity, deadline, cleanStatus);
    }

    private static OffsetDateTime time(InputFields fields, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fields.fail(field, "required.time");
            }
            return null;
        }
        String clean = value.strip();
        try {
            return OffsetDateTime.parse(clean);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(clean).atZone(DutchTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                fields.fail(field, "invalid.time");
                return null;
            }
        }
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
