package nl.dorpskracht.events.notification;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people in the Netherlands read them: "dinsdag 1 maart 2030, 19:30–21:00", in Dutch time. */
final class DutchTimes {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);

    private DutchTimes() {
    }

    static String span(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        ZonedDateTime start = startsAt.atZoneSameInstant(AMSTERDAM);
        if (endsAt == null) {
            return DAY.format(start) + ", " + TIME.format(start);
        }
        ZonedDateTime end = endsAt.atZoneSameInstant(AMSTERDAM);
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
        }
        return DAY.format(start) + ", " + TIME.format(start) + " tot " + DAY.format(end) + ", " + TIME.format(end);
    }

    static String day(OffsetDateTime at) {
        return DAY.format(at.atZoneSameInstant(AMSTERDAM));
    }

    static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(AMSTERDAM));
    }
}
