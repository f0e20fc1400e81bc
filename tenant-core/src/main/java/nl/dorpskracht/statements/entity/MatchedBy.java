package nl.dorpskracht.statements.entity;

/** How an entry found its invoice. */
public enum MatchedBy {
    END_TO_END, INVOICE_NUMBER, AMOUNT_IBAN, MANUAL
}
