package nl.dorpskracht.contributions.entity;

/** A validated SEPA creditor: name as the bank shows it, IBAN (electronic form), optional BIC, creditor identifier. */
public record CreditorDetails(String name, String iban, String bic, String creditorId) {
}
