package nl.dorpskracht.tenancy.boundary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * What the tenant gate reads of the caller: who they are and the grants they hold per tenant. Security's {@code Caller}
 * implements it, so tenancy checks grants without depending on how a login is made or where grants are stored.
 */
public interface TenantGrants {

    boolean isAuthenticated();

    Optional<UUID> accountId();

    List<Grant> grants();

    boolean hasAnyGrantIn(String tenant);

    boolean holds(String tenant, Role... roles);

    /** The regions of the tenant the caller is ambassador of; empty if none. */
    List<String> ambassadorRegionsIn(String tenant);

    /** The tenants where the caller holds one of the roles, in a stable order. */
    List<String> tenantsWhere(Role... roles);
}
