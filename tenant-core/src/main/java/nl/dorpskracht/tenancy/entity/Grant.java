package nl.dorpskracht.tenancy.entity;

/** A role an account holds in one tenant. */
public record Grant(String tenant, Role role) {

    private static final char SEPARATOR = ':';

    /** The group name carried by the authenticated principal, e.g. {@code vkkl:TENANT_ADMIN}. */
    public String asGroup() {
        return tenant + SEPARATOR + role.name();
    }

}
