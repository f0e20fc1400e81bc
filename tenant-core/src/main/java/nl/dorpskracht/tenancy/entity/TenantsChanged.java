package nl.dorpskracht.tenancy.entity;

/**
 * Fired in the transaction that added, suspended or resumed an association; the registry re-reads once it commits.
 */
public record TenantsChanged(String code) {
}
