package nl.dorpskracht.bookkeeping.entity;

import java.util.Map;
import java.util.UUID;

/**
 * Where the journal books contributions: the debtors account (invoices raised), bank and cash accounts (payments
 * received), the default revenue account and, per plan, a revenue account of its own; and the two day books.
 */
public record AccountMapping(String debtorsAccount, String bankAccount, String cashAccount, String revenueAccount,
        String salesJournal, String bankJournal, Map<UUID, String> planAccounts) {

    /** The accounts of the Dutch standard chart (RGS-like numbering) a new association starts from. */
    public static AccountMapping standard() {
        return new AccountMapping("1300", "1100", "1000", "8000", "VK", "BNK", Map.of());
    }

    public AccountMapping {
        planAccounts = Map.copyOf(planAccounts);
    }

    public String revenueAccountOf(UUID planId) {
        return planAccounts.getOrDefault(planId, revenueAccount);
    }
}
