package nl.dorpskracht.members.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an admin says about a member organisation; already validated and trimmed. */
public record MemberDetails(String name, MemberType type, String municipality, String place, String region,
        String street, String postalCode, String email, String phone, Integer inhabitants, LocalDate joinedOn,
        String municipalityCode) {

    public static final MemberDetails NONE = new MemberDetails(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** As typed, before the municipality is looked up in the register. */
    public MemberDetails(String name, MemberType type, String municipality, String place, String region, String street,
            String postalCode, String email, String phone, Integer inhabitants, LocalDate joinedOn) {
        this(name, type, municipality, place, region, street, postalCode, email, phone, inhabitants, joinedOn, null);
    }

    /** The same details with the municipality as the register names and codes it. */
    public MemberDetails withMunicipality(String registerName, String cbsCode) {
        return new MemberDetails(name, type, registerName, place, region, street, postalCode, email, phone, inhabitants,
                joinedOn, cbsCode);
    }

    /** The same details with the region spelled as the tenant's region list spells it. */
    public MemberDetails withRegion(String canonicalRegion) {
        return new MemberDetails(name, type, municipality, place, canonicalRegion, street, postalCode, email, phone,
                inhabitants, joinedOn, municipalityCode);
    }

    /** Field name to value, in a stable order: what the audit log and the exports compare. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", type);
        fields.put("municipality", municipality);
        fields.put("municipalityCode", municipalityCode);
        fields.put("place", place);
        fields.put("region", region);
        fields.put("street", street);
        fields.put("postalCode", postalCode);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("inhabitants", inhabitants);
        fields.put("joinedOn", joinedOn);
        return fields;
    }
}
