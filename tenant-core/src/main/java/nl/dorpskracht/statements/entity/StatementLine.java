package nl.dorpskracht.statements.entity;

import java.time.LocalDate;

/**
 * One transaction detail read from a statement: a {@code TxDtls} of an entry, or the entry itself when it has none.
 * {@code returnReason} is the ISO 20022 return reason ({@code RtrInf/Rsn/Cd}); {@code returned} says the bank books a
 * returned, rejected or reversed direct debit.
 */
public record StatementLine(String entryReference, long amountCents, boolean credit, LocalDate bookingDate,
        String endToEndId, String remittance, String creditorReference, String counterpartyName,
        String counterpartyIban, String returnReason, String bankTransactionCode, boolean directDebit,
        boolean returned) {
}
