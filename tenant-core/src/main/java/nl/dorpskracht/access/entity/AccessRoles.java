package nl.dorpskracht.access.entity;

import java.util.EnumSet;
import java.util.Set;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * The roles the access page gives and takes. A contact person's login and an ambassadorship have their own flows (the
 * member's page, the regions page), because more than a grant hangs on them (the contact person, the regions); the
 * platform administrator is appointed by the platform, never by an association.
 */
public final class AccessRoles {

    private AccessRoles() {
    }

    /** What an admin of a tenant of this kind may give: the national office only in a national association. */
    public static Set<Role> grantableIn(TenantKind kind) {
        return kind == TenantKind.NATIONAL ? EnumSet.of(Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE)
                : EnumSet.of(Role.TENANT_ADMIN, Role.TREASURER);
    }

    /** Every role this page manages, in any tenant. */
    public static Set<Role> managed() {
        return EnumSet.of(Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE);
    }
}
