package nl.dorpskracht.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.dorpskracht.platform.database.ChangeFeed;
import nl.dorpskracht.platform.database.DatabaseChange;
import nl.dorpskracht.platform.database.DatabaseChange.Kind;
import nl.dorpskracht.platform.input.ControlCharacters;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.secondfactor.SecondFactorStore;
import nl.dorpskracht.tenancy.entity.TenantsChanged;

/**
 * What every authenticated request needs to know of its caller, kept in memory instead of read per request (five
 * statements in four transactions before): the account, its grants and ambassador regions, whether it administers the
 * platform and whether it has a second factor. A change is seen at once: made on this instance, its writer calls
 * {@link #forgetAfterCommit}; made anywhere, the database announces it (V22, V36) and {@link ChangeFeed} fires a
 * {@link DatabaseChange} that drops the copy ({@code 'account:<id>'}, {@code 'grant:<account id>'}; the bare kind, a
 * tenant or everything: all copies). Besides, a copy is kept for {@link #FRESH} at most, and only for
 * {@link #DISTRUSTED} while announcements may be missed ({@link ChangeFeed#live()} false), as {@link CredentialStates}
 * does. A read that began before a change was announced is not kept: it may hold what was there before the commit. An
 * unknown address is never remembered (a new account is not announced).
 */
@ApplicationScoped
public class RememberedAccounts {

    static final Duration FRESH = Duration.ofSeconds(5);
    static final Duration DISTRUSTED = Duration.ofMillis(500);
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AccountRepository accounts;

    @Inject
    SecondFactorStore secondFactors;

    @Inject
    ChangeFeed feed;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Remembered> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The caller as this instance knows them; {@code platformAdmin} and {@code secondFactor} false when unknown. */
    public record Remembered(Optional<AccountWithGrants> account, boolean platformAdmin, boolean secondFactor,
            long loadedAt) {
    }

    public Optional<AccountWithGrants> withGrants(String email) {
        return of(email).account();
    }

    public Remembered of(String email) {
        if (email == null || ControlCharacters.in(email, false)) {
            return new Remembered(Optional.empty(), false, false, 0);
        }
        String key = key(email);
        long now = System.nanoTime();
        Remembered known = cache.get(key);
        long freshness = (feed.live() ? FRESH : DISTRUSTED).toNanos();
        if (known != null && now - known.loadedAt() < freshness) {
            return known;
        }
        long before = generation.get();
        Remembered loaded = load(email, now);
        if (loaded.account().isPresent()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, loaded);
            if (generation.get() != before) {
                cache.remove(key, loaded);
            }
        }
        return loaded;
    }

    private Remembered load(String email, long now) {
        Optional<AccountWithGrants> account = accounts.findWithGrants(email);
        Optional<UUID> id = account.map(found -> found.account().id());
        boolean platformAdmin = id.map(accounts::isPlatformAdmin).orElse(false);
        boolean secondFactor = id.flatMap(secondFactors::find).map(SecondFactorStore.Factor::confirmed).orElse(false);
        return new Remembered(account, platformAdmin, secondFactor, now);
    }

    /**
     * Forgets the account now and once more when the running transaction ends (a request may have read the old rows in
     * between); without a transaction, now only. For writers on this instance: the announcement follows anyway.
     */
    public void forgetAfterCommit(UUID accountId) {
        forget(accountId);
        afterCompletion(() -> forget(accountId));
    }

    /** As {@link #forgetAfterCommit(UUID)}, for every account: a change too wide to name them (a tenant suspended). */
    public void forgetAllAfterCommit() {
        forgetAll();
        afterCompletion(this::forgetAll);
    }

    public void forget(UUID accountId) {
        generation.incrementAndGet();
        cache.values().removeIf(
                known -> known.account().map(found -> found.account().id()).filter(accountId::equals).isPresent());
    }

    public void forgetAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    void announced(@Observes DatabaseChange change) {
        if (!change.concerns(Kind.ACCOUNT) && !change.concerns(Kind.GRANT) && !change.concerns(Kind.TENANT)) {
            return;
        }
        Optional<UUID> id = change.kind() == Kind.TENANT ? Optional.empty()
                : change.id().flatMap(RememberedAccounts::uuid);
        if (id.isPresent()) {
            forget(id.get());
        } else {
            // a suspended association's grants give nothing: the grants of all its people changed
            forgetAll();
        }
    }

    void tenantsChanged(@Observes TenantsChanged changed) {
        forgetAllAfterCommit();
    }

    private void afterCompletion(Runnable forgetting) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing is forgotten before the rows are committed
            }

            @Override
            public void afterCompletion(int status) {
                forgetting.run();
            }
        });
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String key(String email) {
        // exactly as given: the container names the caller by the stored address, and the lookup compares lower() in
        // SQL
        return email;
    }
}
