package nl.dorpskracht.bookkeeping.control;

import java.time.LocalDate;

/**
 * One line of the journal: a debit or a credit (never both) on one ledger account. Lines with the same day book and
 * entry number form one balanced entry (boekstuk).
 */
public record JournalLine(String journal, LocalDate date, String entry, String invoiceNumber, String account,
        String description, long debitCents, long creditCents, String relation) {

    static JournalLine debit(String journal, LocalDate date, String entry, String invoiceNumber, String account,
            String description, long cents, String relation) {
        return new JournalLine(journal, date, entry, invoiceNumber, account, description, cents, 0, relation);
    }

    static JournalLine credit(String journal, LocalDate date, String entry, String invoiceNumber, String account,
            String description, long cents, String relation) {
        return new JournalLine(journal, date, entry, invoiceNumber, account, description, 0, cents, relation);
    }
}
