package nl.dorpskracht.admin.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.events.boundary.EventService.Scope;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;

/** The query parameters of an agenda: scope and first day. */
final class Agenda {

    private Agenda() {
    }

    static Scope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return Scope.ALL;
        }
        try {
            return Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("scope");
        }
    }

    static OffsetDateTime from(String from) {
        try {
            LocalDate day = from == null || from.isBlank() ? LocalDate.now(DutchTime.ZONE)
                    : LocalDate.parse(from.strip());
            return day.atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("from");
        }
    }

    private static ProblemException invalid(String field) {
        return new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field(field, "invalid.value")));
    }
}
