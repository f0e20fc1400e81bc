package nl.dorpskracht.contributions.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated SEPA creditor: name as the bank shows it, IBAN (electronic form), optional BIC, creditor identifier, and
 * the pain.008 version its bank takes.
 */
public record CreditorDetails(String name, String iban, String bic, String creditorId, PainVersion painVersion) {

    /** Before the first save: nothing. */
    public static final CreditorDetails NONE = new CreditorDetails(null, null, null, null, null);

    public CreditorDetails(String name, String iban, String bic, String creditorId) {
        this(name, iban, bic, creditorId, PainVersion.DEFAULT);
    }

    /** The creditor as the audit names its fields. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("iban", iban);
        fields.put("bic", bic);
        fields.put("creditorId", creditorId);
        fields.put("painVersion", painVersion == null ? null : painVersion.code());
        return fields;
    }
}
