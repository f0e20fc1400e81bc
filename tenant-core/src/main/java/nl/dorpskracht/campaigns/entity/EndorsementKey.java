package nl.dorpskracht.campaigns.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of an endorsement and of its signer inside a province: which campaign, which organisation. */
public class EndorsementKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private String hostTenant;
    private UUID campaignId;
    private UUID memberId;

    public EndorsementKey() {
    }

    public EndorsementKey(String hostTenant, UUID campaignId, UUID memberId) {
        this.hostTenant = hostTenant;
        this.campaignId = campaignId;
        this.memberId = memberId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EndorsementKey key && Objects.equals(hostTenant, key.hostTenant)
                && Objects.equals(campaignId, key.campaignId) && Objects.equals(memberId, key.memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostTenant, campaignId, memberId);
    }
}
