package nl.dorpskracht.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DutchDatesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aDayIsWrittenOutInTheReadersLanguage() {
        assertEquals("3 december 2026", DutchDates.day(LocalDate.of(2026, 12, 3), DUTCH));
        assertEquals("3 December 2026", DutchDates.day(LocalDate.of(2026, 12, 3), Locale.ENGLISH));
        assertEquals("", DutchDates.day((LocalDate) null, DUTCH));
    }

    @Test
    void aMomentIsShownInDutchTimeWinterAndSummer() {
        assertEquals("3 december 2026, 14:30",
                DutchDates.moment(OffsetDateTime.of(2026, 12, 3, 13, 30, 0, 0, ZoneOffset.UTC), DUTCH));
        assertEquals("1 juli 2026, 00:15", DutchDates.moment(Instant.parse("2026-06-30T22:15:00Z"), DUTCH));
        assertEquals("1 juli 2026", DutchDates.day(OffsetDateTime.parse("2026-06-30T22:15:00Z"), DUTCH));
    }
}
