package nl.dorpskracht.campaigns.entity;

/** Whom a campaign writes to. Only a municipal council has villages of its own: the rest get every co-signer. */
public enum TargetKind {
    MUNICIPAL_COUNCIL, POLITICAL_PARTY, PROVINCE, OTHER
}
