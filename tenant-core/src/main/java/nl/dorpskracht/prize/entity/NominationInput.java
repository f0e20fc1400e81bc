package nl.dorpskracht.prize.entity;

import nl.dorpskracht.platform.problem.InputFields;

/** Raw input for a nomination, from the API or a page. */
public record NominationInput(String initiative, String village, String description) {

    public static final int INITIATIVE_MAX = 200;
    public static final int VILLAGE_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;

    public NominationDetails validate() {
        InputFields fields = new InputFields();
        String cleanInitiative = fields.required("initiative", initiative, INITIATIVE_MAX, "required.initiative");
        String cleanVillage = fields.required("village", village, VILLAGE_MAX, "required.village");
        String cleanDescription = fields.optional("description", description, DESCRIPTION_MAX);
        fields.throwIfInvalid();
        return new NominationDetails(cleanInitiative, cleanVillage, cleanDescription);
    }
}
