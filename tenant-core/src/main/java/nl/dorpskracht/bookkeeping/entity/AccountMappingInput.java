package nl.dorpskracht.bookkeeping.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** The account mapping as typed: every account a short code of digits, letters, dots or dashes; at most 100 plans. */
public record AccountMappingInput(String debtorsAccount, String bankAccount, String cashAccount, String revenueAccount,
        String salesJournal, String bankJournal, List<PlanAccount> planAccounts) {

    public static final int MAX_PLANS = 100;

    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z.\\-]{1,20}");

    private static final Pattern JOURNAL = Pattern.compile("[0-9A-Za-z.\\-]{1,10}");

    public record PlanAccount(String planId, String revenueAccount) {
    }

    public AccountMapping validate() {
        List<FieldError> errors = new ArrayList<>();
        String debtors = code(debtorsAccount, ACCOUNT, "debtorsAccount", "invalid.ledgerAccount", errors);
        String bank = code(bankAccount, ACCOUNT, "bankAccount", "invalid.ledgerAccount", errors);
        String cash = code(cashAccount, ACCOUNT, "cashAccount", "invalid.ledgerAccount", errors);
        String revenue = code(revenueAccount, ACCOUNT, "revenueAccount", "invalid.ledgerAccount", errors);
        String sales = code(salesJournal, JOURNAL, "salesJournal", "invalid.ledgerJournal", errors);
        String bankBook = code(bankJournal, JOURNAL, "bankJournal", "invalid.ledgerJournal", errors);
        Map<UUID, String> plans = new LinkedHashMap<>();
        List<PlanAccount> given = planAccounts == null ? List.of() : planAccounts;
        if (given.size() > MAX_PLANS) {
            errors.add(FieldError.field("planAccounts", "invalid.ledgerPlans", MAX_PLANS));
        } else {
            for (int i = 0; i < given.size(); i++) {
                PlanAccount plan = given.get(i);
                String field = "planAccounts[" + i + "]";
                UUID planId = uuid(plan == null ? null : plan.planId());
                if (planId == null) {
                    errors.add(FieldError.field(field + ".planId", "required.plan"));
                    continue;
                }
                String account = plan.revenueAccount() == null ? "" : plan.revenueAccount().strip();
                if (account.isEmpty()) {
                    continue; // no account of its own: the plan books on the default revenue account
                }
                String checked = code(account, ACCOUNT, field + ".revenueAccount", "invalid.ledgerAccount", errors);
                if (checked != null) {
                    plans.put(planId, checked);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AccountMapping(debtors, bank, cash, revenue, sales, bankBook, plans);
    }

    private static String code(String value, Pattern pattern, String field, String key, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (!pattern.matcher(stripped).matches()) {
            errors.add(FieldError.field(field, key));
            return null;
        }
        return stripped;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
