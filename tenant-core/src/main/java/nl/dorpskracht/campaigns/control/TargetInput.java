package nl.dorpskracht.campaigns.control;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.platform.problem.InputFields;

/** A target as an admin typed it, before it is checked: the same checks for the API and the pages. */
public record TargetInput(String kind, String name, String municipality, String province, String email,
        String address) {

    public static final String AUDIT_TYPE = "CampaignTarget";

    /** The checked details; every field error at once (422). */
    public TargetDetails validate() {
        InputFields fields = new InputFields();
        TargetDetails details = validate(fields);
        fields.throwIfInvalid();
        return details;
    }

    /** The details as far as they are valid; what is wrong is added to {@code fields}. */
    public TargetDetails validate(InputFields fields) {
        TargetKind cleanKind = fields.choice("kind", kind, TargetKind.class, "required.targetKind",
                "invalid.targetKind");
        String cleanName = fields.required("name", name, 200, "required.targetName");
        String cleanMunicipality = cleanKind == TargetKind.MUNICIPAL_COUNCIL
                ? fields.required("municipality", municipality, 100, "required.targetMunicipality")
                : fields.optional("municipality", municipality, 100);
        String cleanProvince = fields.optional("province", province, 100);
        String cleanEmail = fields.email("email", email);
        String cleanAddress = fields.optional("address", address, 500);
        return new TargetDetails(cleanKind, cleanName, cleanMunicipality, cleanProvince, cleanEmail, cleanAddress);
    }

    /** The fields of a target as the audit log names them. */
    public static Map<String, Object> fields(TargetDetails details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", details.kind());
        fields.put("name", details.name());
        fields.put("municipality", details.municipality());
        fields.put("province", details.province());
        fields.put("email", details.email());
        fields.put("address", details.address());
        return fields;
    }
}
