package nl.dorpskracht.outbox.control;

import java.util.Locale;
import nl.dorpskracht.outbox.entity.MailStatus;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** A page of the outbox, newest first, optionally of one status and one kind. */
public record MessageSearch(MailStatus status, String kind, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;

    public static MessageSearch parse(String status, String kind, String page, String size) {
        InputFields fields = new InputFields();
        MailStatus cleanStatus = fields.choice("status", status, MailStatus.class, null, "invalid.value");
        String cleanKind = fields.optional("kind", kind, 40);
        if (cleanKind != null && !cleanKind.matches("[A-Za-z_]+")) {
            fields.fail("kind", "invalid.value");
        }
        Integer pageNumber = fields.wholeNumber("page", page, 0, 100_000);
        Integer pageSize = fields.wholeNumber("size", size, 1, MAX_SIZE);
        if (!fields.errors().isEmpty()) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                    fields.errors());
        }
        return new MessageSearch(cleanStatus, cleanKind == null ? null : cleanKind.toUpperCase(Locale.ROOT),
                pageNumber == null ? 0 : pageNumber, pageSize == null ? DEFAULT_SIZE : pageSize);
    }
}
