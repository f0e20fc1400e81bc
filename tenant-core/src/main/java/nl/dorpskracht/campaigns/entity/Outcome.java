package nl.dorpskracht.campaigns.entity;

/** What came of writing to a target. */
public enum Outcome {
    PENDING, COMMITTED, PARTIAL, DECLINED, NO_RESPONSE
}
