package nl.dorpskracht.contributions.entity;

import nl.dorpskracht.platform.problem.InputFields;

/** Raw input for a municipality's payer address. */
public record MunicipalityPayerInput(String name, String email, String street, String postalCode, String place) {

    public record Valid(String name, String email, String street, String postalCode, String place) {
    }

    public Valid validate() {
        InputFields fields = new InputFields();
        Valid valid = new Valid(fields.required("name", name, 200, "required.name"), fields.email("email", email),
                fields.optional("street", street, 200), fields.postalCode("postalCode", postalCode),
                fields.optional("place", place, 100));
        fields.throwIfInvalid();
        return valid;
    }
}
