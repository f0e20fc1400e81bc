package nl.dorpskracht.members.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validated mandate: IBAN in electronic form (no spaces, upper case), optional BIC, reference, signing date. */
public record MandateDetails(String iban, String bic, String reference, LocalDate signedOn) {

    /** Before the first save: nothing. */
    public static final MandateDetails NONE = new MandateDetails(null, null, null, null);

    /** The mandate as the audit names its fields. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("iban", iban);
        fields.put("bic", bic);
        fields.put("reference", reference);
        fields.put("signedOn", signedOn);
        return fields;
    }
}
