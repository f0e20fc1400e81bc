package nl.dorpskracht.contributions.entity;

/** From this number of inhabitants on, this amount in cents (until the next tier). */
public record Tier(int fromInhabitants, long amountCents) {
}
