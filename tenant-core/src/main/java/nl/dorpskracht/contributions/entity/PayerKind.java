package nl.dorpskracht.contributions.entity;

/** Who receives the invoice for a member: the organisation itself, or its municipality on behalf of its villages. */
public enum PayerKind {
    ORGANISATION, MUNICIPALITY
}
