package nl.dorpskracht.contributions.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** A page of invoices: status, year, overdue only, run, free text on number or payer; page counts from 0. */
public record InvoiceSearch(InvoiceStatus status, Integer year, boolean overdue, UUID runId, String text, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public static InvoiceSearch parse(String status, String year, String overdue, String run, String q, String page,
            String size) {
        List<FieldError> errors = new ArrayList<>();
        InvoiceStatus parsedStatus = null;
        if (present(status)) {
            try {
                parsedStatus = InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("status", "invalid.value"));
            }
        }
        Integer parsedYear = present(year) ? parseInt(errors, "year", year, 2000, 2200) : null;
        boolean parsedOverdue = false;
        if (present(overdue)) {
            if (overdue.strip().equalsIgnoreCase("true") || overdue.strip().equalsIgnoreCase("false")) {
                parsedOverdue = Boolean.parseBoolean(overdue.strip());
            } else {
                errors.add(FieldError.field("overdue", "invalid.value"));
            }
        }
        if (parsedOverdue && parsedStatus != null && parsedStatus != InvoiceStatus.OPEN) {
            errors.add(FieldError.field("overdue", "invalid.value"));
        }
        UUID parsedRun = null;
        if (present(run)) {
            try {
                parsedRun = UUID.fromString(run.strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.field("run", "invalid.value"));
            }
        }
        String text = present(q) ? q.strip() : null;
        if (text != null && text.length() > 200) {
            errors.add(FieldError.field("q", "tooLong", 200));
        }
        Integer parsedPage = present(page) ? parseInt(errors, "page", page, 0, MAX_PAGE) : Integer.valueOf(0);
        Integer parsedSize = present(size) ? parseInt(errors, "size", size, 1, MAX_SIZE) : Integer.valueOf(20);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(), errors);
        }
        return new InvoiceSearch(parsedStatus, parsedYear, parsedOverdue, parsedRun, text, parsedPage, parsedSize);
    }

    private static Integer parseInt(List<FieldError> errors, String field, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.field(field, "invalid.range", min, max));
        return 0;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
