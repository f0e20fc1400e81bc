package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.WorkingTenantStore;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The association a person with grants in several works in on the pages, chosen in the page header and remembered for
 * their next login. A page asks for the working tenant with the role it needs; when the person lacks that role there,
 * the page gets nothing and says so, rather than quietly showing another association's data. The choice is checked
 * against the grants of every request, so a withdrawn grant is never worked in. The API does not use this: its tenant
 * is in the path.
 */
@SessionScoped
public class WorkingTenant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantGrants caller;

    @Inject
    TenantRegistry registry;

    @Inject
    WorkingTenantStore store;

    /** Whose choice this is: another login in the same session starts afresh. */
    private UUID account;
    private String chosen;

    /** The tenant worked in: the choice while its grants last, else the first administered, else the first. */
    public Optional<String> current() {
        Optional<UUID> id = caller.accountId();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!id.get().equals(account)) {
            account = id.get();
            chosen = store.remembered(account).orElse(null);
        }
        if (chosen != null && caller.hasAnyGrantIn(chosen)) {
            return Optional.of(chosen);
        }
        List<String> administered = caller.tenantsWhere(Role.TENANT_ADMIN);
        return administered.isEmpty() ? choices().stream().findFirst().map(Tenant::code)
                : Optional.of(administered.get(0));
    }

    /** The working tenant if the caller holds one of {@code roles} there; empty otherwise. */
    public Optional<String> where(Role... roles) {
        return current().filter(tenant -> caller.holds(tenant, roles));
    }

    public boolean holds(Role... roles) {
        return where(roles).isPresent();
    }

    /** The tenants the caller holds any grant in, by name. */
    public List<Tenant> choices() {
        return caller.grants().stream().map(Grant::tenant).distinct().map(registry::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Tenant::name)).toList();
    }

    /** Works in {@code tenant} from now on, and at the next login; false (nothing changes) without a grant there. */
    public boolean choose(String tenant) {
        Optional<UUID> id = caller.accountId();
        if (id.isEmpty() || tenant == null || !caller.hasAnyGrantIn(tenant)) {
            return false;
        }
        current();
        chosen = tenant;
        store.remember(id.get(), tenant);
        return true;
    }

    /** The roles the caller holds in the working tenant. */
    public List<Role> roles() {
        Optional<String> tenant = current();
        return tenant.map(code -> Arrays.stream(Role.values()).filter(role -> caller.holds(code, role)).toList())
                .orElse(List.of());
    }
}
