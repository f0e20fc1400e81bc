package nl.dorpskracht.bookkeeping.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.dorpskracht.bookkeeping.entity.AccountMapping;
import nl.dorpskracht.contributions.entity.PaymentMethod;

/**
 * Turns what happened to invoices in a period into double-entry lines: an invoice raised debits the debtors and credits
 * revenue (per revenue account of its plans), a cancelled invoice reverses that on the day it was cancelled, a payment
 * debits the bank (cash for cash payments) and credits the debtors. Every entry balances.
 */
public final class JournalEntries {

    public record Line(UUID planId, long amountCents) {
    }

    public record Raised(String number, int year, LocalDate on, String payer, List<Line> lines) {
    }

    public record Received(String number, String entry, LocalDate on, String payer, long amountCents,
            PaymentMethod method) {
    }

    public record Returned(String number, String entry, LocalDate on, String payer, long amountCents,
            String reasonCode) {
    }

    private final AccountMapping accounts;

    private final List<JournalLine> lines = new ArrayList<>();

    public JournalEntries(AccountMapping accounts) {
        this.accounts = accounts;
    }

    public JournalEntries raised(Raised invoice) {
        String description = "Contributie " + invoice.year() + " factuur " + invoice.number();
        lines.add(JournalLine.debit(accounts.salesJournal(), invoice.on(), invoice.number(), invoice.number(),
                accounts.debtorsAccount(), description, total(invoice), invoice.payer()));
        revenueByAccount(invoice).forEach((account, cents) -> lines.add(JournalLine.credit(accounts.salesJournal(),
                invoice.on(), invoice.number(), invoice.number(), account, description, cents, invoice.payer())));
        return this;
    }

    public JournalEntries cancelled(Raised invoice, LocalDate on) {
        String entry = invoice.number() + "-C";
        String description = "Creditering factuur " + invoice.number();
        revenueByAccount(invoice).forEach((account, cents) -> lines.add(JournalLine.debit(accounts.salesJournal(), on,
                entry, invoice.number(), account, description, cents, invoice.payer())));
        lines.add(JournalLine.credit(accounts.salesJournal(), on, entry, invoice.number(), accounts.debtorsAccount(),
                description, total(invoice), invoice.payer()));
        return this;
    }

    public JournalEntries received(Received payment) {
        String account = payment.method() == PaymentMethod.CASH ? accounts.cashAccount() : accounts.bankAccount();
        String description = "Ontvangst factuur " + payment.number();
        lines.add(JournalLine.debit(accounts.bankJournal(), payment.on(), payment.entry(), payment.number(), account,
                description, payment.amountCents(), payment.payer()));
        lines.add(JournalLine.credit(accounts.bankJournal(), payment.on(), payment.entry(), payment.number(),
                accounts.debtorsAccount(), description, payment.amountCents(), payment.payer()));
        return this;
    }

    public JournalEntries returned(Returned storno) {
        String description = "Storno factuur " + storno.number() + " (" + storno.reasonCode() + ")";
        lines.add(JournalLine.debit(accounts.bankJournal(), storno.on(), storno.entry(), storno.number(),
                accounts.debtorsAccount(), description, storno.amountCents(), storno.payer()));
        lines.add(JournalLine.credit(accounts.bankJournal(), storno.on(), storno.entry(), storno.number(),
                accounts.bankAccount(), description, storno.amountCents(), storno.payer()));
        return this;
    }

    /** By date, then day book and entry; an entry's lines keep their order (debit first). */
    public List<JournalLine> lines() {
        List<JournalLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(JournalLine::date).thenComparing(JournalLine::journal)
                .thenComparing(JournalLine::entry));
        return sorted;
    }

    private static long total(Raised invoice) {
        return invoice.lines().stream().mapToLong(Line::amountCents).sum();
    }

    private Map<String, Long> revenueByAccount(Raised invoice) {
        Map<String, Long> byAccount = new TreeMap<>();
        for (Line line : invoice.lines()) {
            if (line.amountCents() > 0) {
                byAccount.merge(accounts.revenueAccountOf(line.planId()), line.amountCents(), Long::sum);
            }
        }
        return byAccount;
    }
}
