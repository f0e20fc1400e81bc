package nl.dorpskracht.members.entity;

import nl.dorpskracht.platform.problem.InputFields;

/**
 * Raw input for a member organisation, as typed on a form, sent to the API or read from a CSV row; {@link #validate()}
 * checks all of it.
 */
public record MemberInput(String name, String type, String municipality, String place, String region, String street,
        String postalCode, String email, String phone, String inhabitants, String joinedOn) {

    public static final int NAME_MAX = 200;
    public static final int PLACE_MAX = 100;
    public static final int STREET_MAX = 200;
    public static final int INHABITANTS_MAX = 1_000_000;

    /** The short form the first API version and the demo data use. */
    public static MemberInput basic(String name, String type, String municipality, String region, String email) {
        return new MemberInput(name, type, municipality, null, region, null, null, email, null, null, null);
    }

    /** Returns clean details, or throws with every field error at once. */
    public MemberDetails validate() {
        InputFields fields = new InputFields();
        MemberDetails details = read(fields);
        fields.throwIfInvalid();
        return details;
    }

    /** Reads into {@code fields}, which collects the errors; the result is only meaningful without errors. */
    public MemberDetails read(InputFields fields) {
        String cleanName = fields.required("name", name, NAME_MAX, "required.name");
        MemberType cleanType = fields.choice("type", type, MemberType.class, "required.type", "invalid.memberType");
        String cleanMunicipality = fields.required("municipality", municipality, PLACE_MAX, "required.municipality");
        String cleanPlace = fields.optional("place", place, PLACE_MAX);
        String cleanRegion = fields.optional("region", region, PLACE_MAX);
        String cleanStreet = fields.optional("street", street, STREET_MAX);
        String cleanPostalCode = fields.postalCode("postalCode", postalCode);
        String cleanEmail = fields.email("email", email);
        String cleanPhone = fields.phone("phone", phone);
        Integer cleanInhabitants = fields.wholeNumber("inhabitants", inhabitants, 0, INHABITANTS_MAX);
        return new MemberDetails(cleanName, cleanType, cleanMunicipality, cleanPlace, cleanRegion, cleanStreet,
                cleanPostalCode, cleanEmail, cleanPhone, cleanInhabitants, fields.date("joinedOn", joinedOn));
    }
}
