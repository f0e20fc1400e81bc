package nl.dorpskracht.contributions.entity;

/** SEPA sequence type of a collection under a recurrent mandate: its first collection, or a later one. */
public enum SequenceType {
    FRST, RCUR
}
