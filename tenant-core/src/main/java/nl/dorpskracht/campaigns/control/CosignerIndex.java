package nl.dorpskracht.campaigns.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dorpskracht.campaigns.entity.Cosigner;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;

/**
 * The organisations under one campaign, read once and indexed by municipality (trimmed, case-insensitive), so that 400
 * letters do not each walk 4,000 co-signers.
 */
public final class CosignerIndex {

    private final List<Cosigner> all;
    private final Map<String, List<Cosigner>> byMunicipality = new HashMap<>();

    public CosignerIndex(List<Cosigner> all) {
        this.all = List.copyOf(all);
        for (Cosigner cosigner : this.all) {
            byMunicipality.computeIfAbsent(normal(cosigner.municipality()), key -> new java.util.ArrayList<>())
                    .add(cosigner);
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
        return byMunicipality.getOrDefault(normal(target.municipality()), List.of());
    }

    private static String normal(String municipality) {
        return municipality == null ? "" : municipality.strip().toLowerCase(Locale.ROOT);
    }
}
