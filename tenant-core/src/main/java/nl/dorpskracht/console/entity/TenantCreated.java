package nl.dorpskracht.console.entity;

/**
 * Fired in the transaction that adds an association, with that association bound: an observer may seed what a new
 * province needs (its councils as campaign targets) in the same transaction, or refuse by throwing.
 */
public record TenantCreated(String code, String provinceCode) {
}
