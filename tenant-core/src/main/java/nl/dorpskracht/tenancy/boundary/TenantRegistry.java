package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.database.ChangeFeed;
import nl.dorpskracht.platform.database.DatabaseChange;
import nl.dorpskracht.tenancy.control.TenantStore;
import nl.dorpskracht.tenancy.entity.Tenant;
import nl.dorpskracht.tenancy.entity.TenantsChanged;

/**
 * The associations on the platform, public knowledge. Every request asks for its tenant, so the registry is held in
 * memory; a code it does not know re-reads the table (at most every few seconds), so a tenant added as data is served
 * without a restart. A change made on this instance (the platform console) is seen at once, after its commit; one made
 * on another instance as soon as the database announces it ({@link DatabaseChange}). While announcements may be missed
 * (the {@link ChangeFeed} is not live) what it holds is trusted for {@link #DISTRUSTED} only, so a suspension made
 * elsewhere is never served for long. A read that began before a change was announced is used once, not kept.
 */
@ApplicationScoped
public class TenantRegistry {

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);
    static final Duration DISTRUSTED = Duration.ofMillis(500);

    @Inject
    TenantStore store;

    @Inject
    ChangeFeed feed;

    private volatile Snapshot snapshot;
    private final AtomicLong generation = new AtomicLong();

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
        forget();
    }

    /** Another instance (or this one) changed a tenant, or changes may have been missed. */
    void changedInDatabase(@Observes DatabaseChange change) {
        if (change.concerns(DatabaseChange.Kind.TENANT)) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        return known != null && (feed.live() || !known.olderThan(DISTRUSTED)) ? known : reload();
    }

    private synchronized Snapshot reload() {
        long before = generation.get();
        List<Tenant> tenants = List.copyOf(store.loadAll());
        Snapshot loaded = new Snapshot(tenants,
                tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::code, Function.identity())),
                System.nanoTime());
        snapshot = loaded;
        if (generation.get() != before) {
            snapshot = null;
        }
        return loaded;
    }

    private record Snapshot(List<Tenant> tenants, Map<String, Tenant> byCode, long loadedAt) {
        boolean olderThan(Duration age) {
            return System.nanoTime() - loadedAt > age.toNanos();
        }
    }
}
