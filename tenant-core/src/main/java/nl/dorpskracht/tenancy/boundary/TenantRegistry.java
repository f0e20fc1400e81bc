package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.tenancy.control.TenantStore;
import nl.dorpskracht.tenancy.entity.Tenant;
import nl.dorpskracht.tenancy.entity.TenantsChanged;

/**
 * The associations on the platform, public knowledge. Every request asks for its tenant, so the registry is held in
 * memory; a code it does not know re-reads the table (at most every few seconds), so a tenant added as data is served
 * without a restart. A change made on this instance (the platform console) is seen at once, after its commit.
 */
@ApplicationScoped
public class TenantRegistry {

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

    @Inject
    TenantStore store;

    private volatile Snapshot snapshot;

    public List<Tenant> all() {
        return current().tenants();
    }

    /** The display name of a tenant, or its code when there is no such tenant. */
    public String nameOf(String code) {
        return find(code).map(Tenant::name).orElse(code);
    }

    public Optional<Tenant> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Snapshot known = current();
        Tenant tenant = known.byCode().get(code);
        if (tenant == null && known.olderThan(RELOAD_AT_MOST_EVERY)) {
            tenant = reload().byCode().get(code);
        }
        return Optional.ofNullable(tenant);
    }

    /** Forgets what it held once the change committed; the next question re-reads the table. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantsChanged change) {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        return known != null ? known : reload();
    }

    private synchronized Snapshot reload() {
        List<Tenant> tenants = List.copyOf(store.loadAll());
        snapshot = new Snapshot(tenants,
                tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::code, Function.identity())),
                System.nanoTime());
        return snapshot;
    }

    private record Snapshot(List<Tenant> tenants, Map<String, Tenant> byCode, long loadedAt) {
        boolean olderThan(Duration age) {
            return System.nanoTime() - loadedAt > age.toNanos();
        }
    }
}
