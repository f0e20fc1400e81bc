package nl.dorpskracht.security.audit.control;

import java.time.LocalDate;
import java.util.Locale;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** A page of the audit log, filtered by who, what, which record and when (dates inclusive, Dutch time). */
public record AuditSearch(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to,
        int page, int size) {

    public static final int MAX_SIZE = 200;

    public static AuditSearch parse(String actor, String action, String entityType, String entityId, String from,
            String to, String page, String size) {
        InputFields fields = new InputFields();
        String cleanActor = fields.optional("actor", actor, 254);
        String cleanAction = fields.optional("action", action, 40);
        String cleanType = fields.optional("entityType", entityType, 60);
        String cleanId = fields.optional("entityId", entityId, 64);
        LocalDate fromDate = fields.date("from", from);
        LocalDate toDate = fields.date("to", to);
        Integer pageNumber = fields.wholeNumber("page", page, 0, 100_000);
        Integer pageSize = fields.wholeNumber("size", size, 1, MAX_SIZE);
        if (!fields.errors().isEmpty()) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                    fields.errors());
        }
        return new AuditSearch(cleanActor == null ? null : cleanActor.toLowerCase(Locale.ROOT),
                cleanAction == null ? null : cleanAction.toUpperCase(Locale.ROOT), cleanType, cleanId, fromDate, toDate,
                pageNumber == null ? 0 : pageNumber, pageSize == null ? 50 : pageSize);
    }
}
