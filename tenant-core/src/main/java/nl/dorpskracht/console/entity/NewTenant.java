package nl.dorpskracht.console.entity;

/** An association to add, as typed: {@code kind} NATIONAL or PROVINCIAL, {@code province} a CBS code or name. */
public record NewTenant(String code, String name, String kind, String parent, String province) {
}
