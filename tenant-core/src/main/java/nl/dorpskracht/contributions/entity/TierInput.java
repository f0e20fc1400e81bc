package nl.dorpskracht.contributions.entity;

/** A tier as typed or sent: from this many inhabitants on, this amount in cents. */
public record TierInput(Integer fromInhabitants, Long amountCents) {
}
