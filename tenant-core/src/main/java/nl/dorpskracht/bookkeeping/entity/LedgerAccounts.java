package nl.dorpskracht.bookkeeping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The association's ledger accounts and day books for the journal export; one row per tenant. */
@Entity
@Table(name = "ledger_accounts")
public class LedgerAccounts extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "debtors_account")
    private String debtorsAccount;

    @Column(name = "bank_account")
    private String bankAccount;

    @Column(name = "cash_account")
    private String cashAccount;

    @Column(name = "revenue_account")
    private String revenueAccount;

    @Column(name = "sales_journal")
    private String salesJournal;

    @Column(name = "bank_journal")
    private String bankJournal;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected LedgerAccounts() {
    }

    public LedgerAccounts(AccountMapping mapping) {
        this.id = UUID.randomUUID();
        apply(mapping);
    }

    public void apply(AccountMapping mapping) {
        this.debtorsAccount = mapping.debtorsAccount();
        this.bankAccount = mapping.bankAccount();
        this.cashAccount = mapping.cashAccount();
        this.revenueAccount = mapping.revenueAccount();
        this.salesJournal = mapping.salesJournal();
        this.bankJournal = mapping.bankJournal();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public AccountMapping mapping(Map<UUID, String> planAccounts) {
        return new AccountMapping(debtorsAccount, bankAccount, cashAccount, revenueAccount, salesJournal, bankJournal,
                planAccounts);
    }

    public long version() {
        return version;
    }
}
