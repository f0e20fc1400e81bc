package nl.dorpskracht.campaigns.control;

import java.time.OffsetDateTime;

/** An organisation under a campaign as its host sees it, from any province: what the letter shows, no persons. */
public record CosignerView(String organisationName, String municipality, String province, String provinceName,
        OffsetDateTime signedAt) {
}
