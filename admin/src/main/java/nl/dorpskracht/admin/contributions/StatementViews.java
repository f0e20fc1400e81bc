package nl.dorpskracht.admin.contributions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.statements.control.ReturnReasons;
import nl.dorpskracht.statements.control.StatementBooking;
import nl.dorpskracht.statements.entity.BankStatement;
import nl.dorpskracht.statements.entity.BankStatementEntry;

/** The JSON of the bank statement endpoints. */
public final class StatementViews {

    private StatementViews() {
    }

    public record ImportSummary(UUID statementId, boolean alreadyImported, int entries, int matched, int review,
            int returned, int ignored) {
        static ImportSummary of(StatementBooking.Summary summary) {
            return new ImportSummary(summary.statementId(), summary.alreadyImported(), summary.entries(),
                    summary.matched(), summary.review(), summary.returned(), summary.ignored());
        }
    }

    public record StatementView(UUID id, String format, String messageId, String statementId, String accountIban,
            LocalDate periodFrom, LocalDate periodTo, Long openingCents, Long closingCents, int entries, int matched,
            int review, int returned, int ignored, String importedBy, OffsetDateTime importedAt) {
        static StatementView of(BankStatement s) {
            return new StatementView(s.id(), s.format(), s.messageId(), s.statementId(), s.accountIban(),
                    s.periodFrom(), s.periodTo(), s.openingCents(), s.closingCents(), s.entryCount(), s.matchedCount(),
                    s.reviewCount(), s.returnedCount(), s.ignoredCount(), s.importedBy(), s.importedAt());
        }
    }

    public record StatementListView(List<StatementView> items, int page, int size) {
    }

    public record EntryView(UUID id, UUID statementId, int position, String entryReference, long amountCents,
            boolean credit, LocalDate bookingDate, String endToEndId, String remittance, String creditorReference,
            String counterpartyName, String counterpartyIban, String returnReason, String returnReasonText,
            String bankTransactionCode, String matchStatus, UUID matchedInvoiceId, String matchedBy,
            String reviewReason, long version) {
        public static EntryView of(BankStatementEntry e) {
            return new EntryView(e.id(), e.statementId(), e.position(), e.entryReference(), e.amountCents(), e.credit(),
                    e.bookingDate(), e.endToEndId(), e.remittance(), e.creditorReference(), e.counterpartyName(),
                    e.counterpartyIban(), e.returnReason(), ReturnReasons.dutch(e.returnReason()),
                    e.bankTransactionCode(), e.matchStatus().name(), e.matchedInvoiceId(),
                    e.matchedBy() == null ? null : e.matchedBy().name(), e.reviewReason(), e.version());
        }
    }

    public record EntryListView(List<EntryView> items, int page, int size) {
    }

    public record AssignRequest(String invoiceId) {
    }
}
