package nl.dorpskracht.contributions.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/** A validated SEPA creditor: name as the bank shows it, IBAN (electronic form), optional BIC, creditor identifier. */
public record CreditorDetails(String name, String iban, String bic, String creditorId) {

    /** Before the first save: nothing. */
    public static final CreditorDetails NONE = new CreditorDetails(null, null, null, null);

    /** The creditor as the audit names its fields. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("iban", iban);
        fields.put("bic", bic);
        fields.put("creditorId", creditorId);
        return fields;
    }
}
