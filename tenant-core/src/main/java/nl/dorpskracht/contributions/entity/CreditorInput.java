package nl.dorpskracht.contributions.entity;

import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.contributions.control.CreditorIdentifier;
import nl.dorpskracht.members.control.IbanCheck;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input for the tenant's SEPA creditor settings; no pain version means {@code 001.02}. */
public record CreditorInput(String name, String iban, String bic, String creditorId, String painVersion) {

    public CreditorDetails validate() {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = Inputs.text(errors, "name", name, 70, "required.name");
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
        String cleanId = CreditorIdentifier.check(creditorId).orElse(null);
        if (cleanId == null) {
            errors.add(FieldError.field("creditorId", "invalid.creditorId"));
        }
        PainVersion version = painVersion == null || painVersion.isBlank() ? PainVersion.DEFAULT
                : PainVersion.of(painVersion).orElse(null);
        if (version == null) {
            errors.add(FieldError.field("painVersion", "invalid.painVersion"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CreditorDetails(cleanName, cleanIban, cleanBic, cleanId, version);
    }
}
