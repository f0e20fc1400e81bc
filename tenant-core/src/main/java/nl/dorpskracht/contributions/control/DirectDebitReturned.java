package nl.dorpskracht.contributions.control;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the transaction that books a returned or rejected direct debit (an R-transaction on a bank statement),
 * so the mandate's side (flag it, collect the next time as a first collection again) changes in the same transaction as
 * the invoice that is reopened. {@code reasonCode} is the ISO 20022 return reason (AC04, MD01, MS02, AM04, …).
 */
public record DirectDebitReturned(UUID invoiceId, UUID memberId, String endToEndId, String reasonCode,
        LocalDate returnedOn) {
}
