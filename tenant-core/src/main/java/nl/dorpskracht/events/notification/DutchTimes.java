package nl.dorpskracht.events.notification;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.dorpskracht.platform.time.DutchTime;

/**
 * Times as people in the Netherlands read them: "dinsdag 1 maart 2030, 19:30–21:00", in Dutch time (also in an English
 * mail: the meeting is in the Netherlands).
 */
final class DutchTimes {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DutchTimes() {
    }

    static String span(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        return span(startsAt, endsAt, DUTCH);
    }

    static String span(OffsetDateTime startsAt, OffsetDateTime endsAt, Locale language) {
        DateTimeFormatter day = day(language);
        DateTimeFormatter time = time(language);
        String until = DUTCH.getLanguage().equals(language.getLanguage()) ? " tot " : " until ";
        ZonedDateTime start = startsAt.atZoneSameInstant(DutchTime.ZONE);
        if (endsAt == null) {
            return day.format(start) + ", " + time.format(start);
        }
        ZonedDateTime end = endsAt.atZoneSameInstant(DutchTime.ZONE);
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return day.format(start) + ", " + time.format(start) + "–" + time.format(end);
        }
        return day.format(start) + ", " + time.format(start) + until + day.format(end) + ", " + time.format(end);
    }

    static String day(OffsetDateTime at, Locale language) {
        return day(language).format(at.atZoneSameInstant(DutchTime.ZONE));
    }

    static String time(OffsetDateTime at, Locale language) {
        return time(language).format(at.atZoneSameInstant(DutchTime.ZONE));
    }

    private static DateTimeFormatter day(Locale language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language);
    }

    private static DateTimeFormatter time(Locale language) {
        return DateTimeFormatter.ofPattern("HH:mm", language);
    }
}
