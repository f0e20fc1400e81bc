package nl.dorpskracht.members.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact person as an admin describes them; validated. A consent date means the person agreed on that day; null
 * means no consent for that purpose.
 */
public record ContactDetails(String name, String roleInOrganisation, String email, String phone, boolean primary,
        LocalDate newsletterConsentOn, LocalDate sharingConsentOn) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null, false, null, null);

    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("roleInOrganisation", roleInOrganisation);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("primary", primary);
        fields.put("newsletterConsentOn", newsletterConsentOn);
        fields.put("sharingConsentOn", sharingConsentOn);
        return fields;
    }

    public ContactDetails asPrimary(boolean isPrimary) {
        return new ContactDetails(name, roleInOrganisation, email, phone, isPrimary, newsletterConsentOn,
                sharingConsentOn);
    }
}
