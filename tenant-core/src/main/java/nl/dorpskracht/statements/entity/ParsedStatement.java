package nl.dorpskracht.statements.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A CAMT.053 statement as read, before anything is booked. */
public record ParsedStatement(String format, String messageId, String statementId, String accountIban,
        BigDecimal sequenceNumber, LocalDate periodFrom, LocalDate periodTo, Long openingCents, Long closingCents,
        List<StatementLine> lines) {
}
