package nl.dorpskracht.members.entity;

import java.time.LocalDate;

/** A validated mandate: IBAN in electronic form (no spaces, upper case), optional BIC, reference, signing date. */
public record MandateDetails(String iban, String bic, String reference, LocalDate signedOn) {
}
