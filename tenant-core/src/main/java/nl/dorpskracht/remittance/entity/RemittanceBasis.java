package nl.dorpskracht.remittance.entity;

/** What a province's afdracht is computed from. */
public enum RemittanceBasis {
    /** An amount per member organisation active on the reference date, optionally per member type. */
    PER_MEMBER,
    /** A share (in hundredths of a percent) of the contributions the province received in the year. */
    SHARE,
    /** The same amount for every province. */
    FIXED
}
