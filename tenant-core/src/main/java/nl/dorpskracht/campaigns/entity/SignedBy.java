package nl.dorpskracht.campaigns.entity;

/** Who put an organisation's name under a campaign: one of its contact persons, or an admin of the province. */
public enum SignedBy {
    SELF, ADMIN
}
