package nl.dorpskracht.web.faces;

import nl.dorpskracht.platform.time.DutchTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way pages show a date: "3 december 2026" and, with a time, "3 december 2026, 14:30", in Dutch time and the
 * reader's language. Pages and their beans use it ({@code #{dates.day(...)}} in a page); inputs keep the ISO form a
 * browser's date field needs, which the browser shows in its own way.
 */
@Named("dates")
@ApplicationScoped
public class DutchDates {

    private static final String DAY = "d MMMM yyyy";
    private static final String MOMENT = "d MMMM yyyy, HH:mm";

    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern(DAY, locale));
    }

    public static String day(OffsetDateTime at, Locale locale) {
        return at == null ? "" : day(at.atZoneSameInstant(DutchTime.ZONE).toLocalDate(), locale);
    }

    public static String moment(OffsetDateTime at, Locale locale) {
        return at == null ? ""
                : at.atZoneSameInstant(DutchTime.ZONE).format(DateTimeFormatter.ofPattern(MOMENT, locale));
    }

    public static String moment(Instant at, Locale locale) {
        return at == null ? "" : moment(at.atZone(DutchTime.ZONE).toOffsetDateTime(), locale);
    }

    /** The reader's language of the page being rendered (Dutch outside a request). */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("nl")
                : faces.getViewRoot().getLocale();
    }

    public String day(LocalDate day) {
        return day(day, pageLocale());
    }

    public String moment(OffsetDateTime at) {
        return moment(at, pageLocale());
    }
}
