package nl.dorpskracht.members.entity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dorpskracht.platform.problem.InputFields;
import org.iban4j.BicUtil;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/** Raw input for a SEPA mandate. The IBAN is checked by iban4j: country, length, format and check digits. */
public record MandateInput(String iban, String bic, String reference, String signedOn) {

    /** The characters SEPA allows in a mandate reference (Mndtid), at most 35. */
    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9+?/:().,' -]{1,35}$");

    public boolean isEmpty() {
        return blank(iban) && blank(bic) && blank(reference) && blank(signedOn);
    }

    public MandateDetails validate(LocalDate today) {
        InputFields fields = new InputFields();
        MandateDetails details = read(fields, today);
        fields.throwIfInvalid();
        return details;
    }

    public MandateDetails read(InputFields fields, LocalDate today) {
        String cleanIban = electronic(iban);
        if (cleanIban == null) {
            fields.fail("iban", "required.iban");
        } else {
            try {
                IbanUtil.validate(cleanIban);
            } catch (Iban4jException | IllegalArgumentException e) {
                fields.fail("iban", "invalid.iban");
            }
        }
        String cleanBic = electronic(bic);
        if (cleanBic != null) {
            try {
                BicUtil.validate(cleanBic);
            } catch (Iban4jException e) {
                fields.fail("bic", "invalid.bic");
            }
        }
        String cleanReference = fields.required("mandateReference", reference, 35, "required.mandateReference");
        if (cleanReference != null && !REFERENCE.matcher(cleanReference).matches()) {
            fields.fail("mandateReference", "invalid.mandateReference");
        }
        LocalDate signed = fields.date("mandateSignedOn", signedOn);
        if (signed == null && blank(signedOn)) {
            fields.fail("mandateSignedOn", "required.mandateSignedOn");
        } else if (signed != null && signed.isAfter(today)) {
            fields.fail("mandateSignedOn", "invalid.futureDate");
        }
        return new MandateDetails(cleanIban, cleanBic, cleanReference, signed);
    }

    private static String electronic(String value) {
        return blank(value) ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
