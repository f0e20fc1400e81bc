package nl.dorpskracht.security.entity;

/** A role an account holds in one tenant. */
public record Grant(String tenant, Role role) {

    private static final char SEPARATOR = ':';

    /** The group name carried by the authenticated principal, e.g. {@code vkkl:TENANT_ADMIN}. */
    public String asGroup() {
        return tenant + SEPARATOR + role.name();
    }

    public static Grant fromGroup(String group) {
        int at = group.indexOf(SEPARATOR);
        return new Grant(group.substring(0, at), Role.valueOf(group.substring(at + 1)));
    }
}
