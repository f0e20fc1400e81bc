package nl.dorpskracht.campaigns.control;

import java.util.UUID;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.TargetDetails;

/**
 * A target of the tenant's list as the API and the pages show it; {@code source} names seeded reference data,
 * {@code municipalityCode} the council's municipality in the CBS register (null when its name is not in it).
 */
public record TargetView(UUID id, String kind, String name, String municipality, String province, String email,
        String address, String source, long version, String municipalityCode) {

    public static TargetView of(CampaignTarget target) {
        TargetDetails details = target.details();
        return new TargetView(target.id(), details.kind().name(), details.name(), details.municipality(),
                details.province(), details.email(), details.address(), target.source(), target.version(),
                target.municipalityCode());
    }
}
