package nl.dorpskracht.tenancy.entity;

public enum TenantKind {
    NATIONAL, PROVINCIAL
}
