package nl.dorpskracht.contributions.entity;

/**
 * How a plan prices a member: one amount, an amount by number of inhabitants, or an amount per village that the
 * municipality pays for all its villages at once.
 */
public enum PlanKind {
    FLAT, TIERED, MUNICIPALITY
}
