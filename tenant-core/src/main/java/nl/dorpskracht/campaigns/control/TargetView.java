package nl.dorpskracht.campaigns.control;

import java.util.UUID;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.TargetDetails;

/** A target of the tenant's list as the API and the pages show it; {@code source} names seeded reference data. */
public record TargetView(UUID id, String kind, String name, String municipality, String province, String email,
        String address, String source, long version) {

    public static TargetView of(CampaignTarget target) {
        TargetDetails details = target.details();
        return new TargetView(target.id(), details.kind().name(), details.name(), details.municipality(),
                details.province(), details.email(), details.address(), target.source(), target.version());
    }
}
