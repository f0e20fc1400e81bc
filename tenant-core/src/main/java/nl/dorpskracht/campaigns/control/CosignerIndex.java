package nl.dorpskracht.campaigns.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.campaigns.entity.Cosigner;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;

/**
 * The organisations under one campaign, read once and indexed by the CBS code of their municipality, so that 400
 * letters do not each walk 4,000 co-signers, and "Gem. Molenlanden" and "Molenlanden" reach the one council. A
 * co-signature from before the register, or with a name the register does not know, is matched by its name made alike
 * ({@link MunicipalityNames#normalise}).
 */
public final class CosignerIndex {

    private final List<Cosigner> all;
    private final Map<String, List<Cosigner>> byMunicipality = new HashMap<>();

    public CosignerIndex(List<Cosigner> all) {
        this.all = List.copyOf(all);
        for (Cosigner cosigner : this.all) {
            byMunicipality.computeIfAbsent(key(cosigner.municipalityCode(), cosigner.municipality()),
                    key -> new ArrayList<>()).add(cosigner);
        }
    }

    /**
     * The co-signers that belong under a letter to this target: for a municipal council those of its municipality, for
     * every other target all of them.
     */
    public List<Cosigner> belongingTo(TargetDetails target) {
        if (target.kind() != TargetKind.MUNICIPAL_COUNCIL) {
            return all;
        }
        return byMunicipality.getOrDefault(key(target.municipalityCode(), target.municipality()), List.of());
    }

    private static String key(String code, String written) {
        if (code != null) {
            return code;
        }
        if (written == null) {
            return "";
        }
        return MunicipalityNames.register().match(written, null).map(Municipality::code)
                .orElseGet(() -> "?" + MunicipalityNames.normalise(written));
    }
}
