package nl.dorpskracht.campaigns.entity;

/** Where a campaign stands: written, open for co-signing, its letters sent, closed. Each step goes forward only. */
public enum CampaignStatus {
    DRAFT, OPEN, SENT, CLOSED;

    /** Whether a campaign in this status may move to {@code next}: one step forward, or straight to closed. */
    public boolean mayMoveTo(CampaignStatus next) {
        return next.ordinal() == ordinal() + 1 || (next == CLOSED && this != CLOSED);
    }
}
