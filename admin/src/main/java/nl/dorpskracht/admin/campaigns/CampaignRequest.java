package nl.dorpskracht.admin.campaigns;

import java.util.List;
import nl.dorpskracht.campaigns.entity.CampaignInput;
import nl.dorpskracht.campaigns.entity.PositionInput;
import nl.dorpskracht.platform.input.MultiLine;

/** The body of POST and PUT {@code /campaigns}: the letter, the speerpunten in order, the targets; PUT with version. */
public record CampaignRequest(String title, @MultiLine String summary, @MultiLine String body,
        @MultiLine String closing, String opensOn, String closesOn, Boolean national, List<PositionInput> positions,
        List<String> targetIds, Long version) {

    CampaignInput input() {
        return new CampaignInput(title, summary, body, closing, opensOn, closesOn, national, positions, targetIds);
    }
}
