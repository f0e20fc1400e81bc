package nl.dorpskracht.campaigns.entity;

import java.util.Optional;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.municipalities.entity.Province;

/** A target as written: its kind and name, the municipality of a council, where letters go. */
public record TargetDetails(TargetKind kind, String name, String municipality, String province, String email,
        String address) {

    /**
     * The council's municipality in the register: what the letters match co-signers by. Found from the written
     * municipality (its province decides between two of one name); empty for other kinds and unknown names.
     */
    public Optional<Municipality> registeredMunicipality() {
        if (kind != TargetKind.MUNICIPAL_COUNCIL || municipality == null) {
            return Optional.empty();
        }
        MunicipalityNames register = MunicipalityNames.register();
        String provinceCode = register.provinces().stream().filter(p -> p.name().equalsIgnoreCase(province))
                .map(Province::code).findFirst().orElse(null);
        return register.match(municipality, provinceCode);
    }

    public String municipalityCode() {
        return registeredMunicipality().map(Municipality::code).orElse(null);
    }
}
