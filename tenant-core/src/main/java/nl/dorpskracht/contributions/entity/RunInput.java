package nl.dorpskracht.contributions.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input to start a yearly run: the year, and optionally the due date (default 30 days after today). */
public record RunInput(Integer year, String dueOn) {

    public static final int DEFAULT_TERM_DAYS = 30;
    /** Runs may bill the coming year and the past ten: older years are archive, not billing. */
    public static final int YEARS_BACK = 10;

    public record Valid(int year, LocalDate issuedOn, LocalDate dueOn) {
    }

    public Valid validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        int first = today.getYear() - YEARS_BACK;
        int last = today.getYear() + 1;
        if (year == null || year < first || year > last) {
            errors.add(FieldError.field("year", "invalid.range", first, last));
        }
        LocalDate due = Inputs.date(errors, "dueOn", dueOn, today.plusDays(DEFAULT_TERM_DAYS));
        if (due != null && (due.isBefore(today) || due.isAfter(today.plusYears(1)))) {
            errors.add(FieldError.field("dueOn", "invalid.dueOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Valid(year, today, due);
    }
}
