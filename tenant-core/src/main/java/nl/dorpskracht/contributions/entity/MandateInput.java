package nl.dorpskracht.contributions.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.dorpskracht.members.control.IbanCheck;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input for a member's SEPA mandate: IBAN, optional BIC, mandate reference (kenmerk) and signing date. */
public record MandateInput(String iban, String bic, String reference, String signedOn) {

    /** The characters the SEPA rulebook allows in a mandate id, at most 35. */
    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9+?/\\-:().,']{1,35}$");

    public MandateDetails validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String cleanIban = null;
        if (iban == null || iban.isBlank()) {
            errors.add(FieldError.field("iban", "required.iban"));
        } else {
            cleanIban = IbanCheck.iban(iban).orElse(null);
            if (cleanIban == null) {
                errors.add(FieldError.field("iban", "invalid.iban"));
            }
        }
        String cleanBic = null;
        if (bic != null && !bic.isBlank()) {
            cleanBic = IbanCheck.bic(bic).orElse(null);
            if (cleanBic == null) {
                errors.add(FieldError.field("bic", "invalid.bic"));
            }
        }
        String cleanReference = reference == null ? null : reference.strip();
        if (cleanReference == null || !REFERENCE.matcher(cleanReference).matches() || cleanReference.startsWith("/")
                || cleanReference.contains("//")) {
            errors.add(FieldError.field("reference", "invalid.mandateReference"));
        }
        LocalDate date = Inputs.date(errors, "signedOn", signedOn, null);
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.field("signedOn", "invalid.dateInFuture"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new MandateDetails(cleanIban, cleanBic, cleanReference, date);
    }
}
