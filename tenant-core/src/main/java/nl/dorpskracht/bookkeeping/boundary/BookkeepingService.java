package nl.dorpskracht.bookkeeping.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.dorpskracht.bookkeeping.control.JournalCsv;
import nl.dorpskracht.bookkeeping.control.JournalLine;
import nl.dorpskracht.bookkeeping.control.JournalReader;
import nl.dorpskracht.bookkeeping.entity.AccountMapping;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput;
import nl.dorpskracht.bookkeeping.entity.LedgerAccounts;
import nl.dorpskracht.bookkeeping.entity.PlanLedgerAccount;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The bookkeeping export of the request's tenant: the ledger accounts it books on, and the journal of a period read
 * from its invoices and payments. One call, one transaction; a mapping change and every export are audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class BookkeepingService {

    /**
     * A journal covers at most a year: a bookkeeping package imports per financial year, and the file stays bounded.
     */
    public static final int MAX_PERIOD_DAYS = 366;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    public record Mapping(AccountMapping accounts, long version) {
    }

    public Mapping mapping() {
        LedgerAccounts stored = stored();
        Map<UUID, String> plans = planAccounts();
        return stored == null ? new Mapping(withPlans(AccountMapping.standard(), plans), 0)
                : new Mapping(stored.mapping(plans), stored.version());
    }

    public Mapping saveMapping(AccountMappingInput input, Long expectedVersion) {
        AccountMapping mapping = input.validate();
        refuseUnknownPlans(mapping.planAccounts().keySet());
        LedgerAccounts stored = stored();
        long current = stored == null ? 0 : stored.version();
        if (expectedVersion == null || expectedVersion != current) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        Mapping before = mapping();
        if (stored == null) {
            stored = new LedgerAccounts(mapping);
            entityManager.persist(stored);
        } else {
            stored.apply(mapping);
        }
        bookPlans(mapping.planAccounts());
        entityManager.flush();
        audit.record(current == 0 ? "CREATE" : "UPDATE", "LedgerAccounts", "ledger",
                changes(before.accounts(), mapping));
        return new Mapping(stored.mapping(mapping.planAccounts()), stored.version());
    }

    public List<JournalLine> journal(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return new JournalReader(entityManager, mapping().accounts()).read(from, to);
    }

    public byte[] journalFile(LocalDate from, LocalDate to) {
        List<JournalLine> lines = journal(from, to);
        audit.record("EXPORT", "Journal", from + ".." + to, Map.of("lines", new Object[] { null, lines.size() }));
        return JournalCsv.write(lines);
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        // at most a year: a bookkeeping package imports per financial year, and the file stays bounded
        if (from == null || to == null || to.isBefore(from) || !to.isBefore(from.plusYears(1))) {
            throw new ProblemException(ProblemCode.JOURNAL_PERIOD);
        }
    }

    private void refuseUnknownPlans(Set<UUID> plans) {
        if (plans.isEmpty()) {
            return;
        }
        Set<UUID> known = Set
                .copyOf(entityManager.createQuery("select p.id from ContributionPlan p where p.id in :ids", UUID.class)
                        .setParameter("ids", plans).getResultList());
        if (!known.containsAll(plans)) {
            // another association's plan id reads exactly like one that does not exist
            throw new ProblemException(ProblemCode.PLAN_NOT_FOUND);
        }
    }

    private void bookPlans(Map<UUID, String> wanted) {
        for (PlanLedgerAccount existing : entityManager
                .createQuery("select p from PlanLedgerAccount p", PlanLedgerAccount.class).getResultList()) {
            String account = wanted.get(existing.planId());
            if (account == null) {
                entityManager.remove(existing);
            } else {
                existing.book(account);
            }
        }
        Set<UUID> kept = planAccounts().keySet();
        wanted.forEach((plan, account) -> {
            if (!kept.contains(plan)) {
                entityManager.persist(new PlanLedgerAccount(plan, account));
            }
        });
    }

    private LedgerAccounts stored() {
        return entityManager.createQuery("select l from LedgerAccounts l", LedgerAccounts.class).getResultStream()
                .findFirst().orElse(null);
    }

    private Map<UUID, String> planAccounts() {
        return entityManager.createQuery("select p from PlanLedgerAccount p", PlanLedgerAccount.class).getResultStream()
                .collect(Collectors.toMap(PlanLedgerAccount::planId, PlanLedgerAccount::revenueAccount, (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static AccountMapping withPlans(AccountMapping base, Map<UUID, String> plans) {
        return new AccountMapping(base.debtorsAccount(), base.bankAccount(), base.cashAccount(), base.revenueAccount(),
                base.salesJournal(), base.bankJournal(), plans);
    }

    private static Map<String, Object[]> changes(AccountMapping before, AccountMapping after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        put(changes, "debtorsAccount", before.debtorsAccount(), after.debtorsAccount());
        put(changes, "bankAccount", before.bankAccount(), after.bankAccount());
        put(changes, "cashAccount", before.cashAccount(), after.cashAccount());
        put(changes, "revenueAccount", before.revenueAccount(), after.revenueAccount());
        put(changes, "salesJournal", before.salesJournal(), after.salesJournal());
        put(changes, "bankJournal", before.bankJournal(), after.bankJournal());
        if (!before.planAccounts().equals(after.planAccounts())) {
            changes.put("planAccounts",
                    new Object[] { String.valueOf(before.planAccounts()), String.valueOf(after.planAccounts()) });
        }
        return changes;
    }

    private static void put(Map<String, Object[]> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changes.put(field, new Object[] { before, after });
        }
    }
}
