package nl.dorpskracht.admin.remittance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.remittance.entity.RemittanceInvoice;
import nl.dorpskracht.remittance.entity.RemittanceRule;
import nl.dorpskracht.remittance.entity.RemittanceStatement;

/** What the afdracht endpoints read and answer: counts and sums, never an organisation or a person. */
public final class RemittanceViews {

    private RemittanceViews() {
    }

    public record RuleRequest(String basis, Long amountCents, Integer shareBasisPoints, Map<String, Long> typeAmounts,
            String referenceDate, Long version) {
    }

    public record RuleView(int year, String basis, long amountCents, int shareBasisPoints,
            Map<String, Long> typeAmounts, LocalDate referenceDate, long version) {
        public static RuleView of(RemittanceRule rule) {
            return new RuleView(rule.year(), rule.basis().name(), rule.amountCents(), rule.shareBasisPoints(),
                    rule.typeAmounts(), rule.referenceDate(), rule.version());
        }
    }

    public record StatementView(String province, String provinceName, int year, LocalDate referenceDate, String basis,
            Map<String, Long> organisationsPerType, long organisations, long receivedCents, long dueCents, String due)
            implements Serializable {
        public static StatementView of(RemittanceStatement statement) {
            return new StatementView(statement.province(), statement.provinceName(), statement.year(),
                    statement.referenceDate(), statement.basis().name(), statement.organisationsPerType(),
                    statement.organisations(), statement.receivedCents(), statement.dueCents(),
                    Money.format(statement.dueCents()));
        }
    }

    public record StatementsView(int year, List<StatementView> provinces, long organisations, long dueCents) {
        public static StatementsView of(int year, List<RemittanceStatement> statements) {
            return new StatementsView(year, statements.stream().map(StatementView::of).toList(),
                    statements.stream().mapToLong(RemittanceStatement::organisations).sum(),
                    statements.stream().mapToLong(RemittanceStatement::dueCents).sum());
        }
    }

    public record IssueRequest(String province, Integer year, String dueOn) {
    }

    public record ReceivedRequest(String receivedOn, Long version) {
    }

    public record PaidRequest(String paidOn, Long amountCents, String reference) {
    }

    public record PaidView(LocalDate paidOn, long amountCents, String reference) implements Serializable {
    }

    public record InvoiceView(UUID id, String number, int year, String national, String province, String provinceName,
            String basis, LocalDate referenceDate, Map<String, Long> organisationsPerType, long receivedCents,
            long amountCents, String amount, LocalDate issuedOn, LocalDate dueOn, String status, LocalDate receivedOn,
            PaidView paidByProvince, long version) implements Serializable {
        public static InvoiceView of(RemittanceInvoice invoice) {
            return new InvoiceView(invoice.id(), invoice.number(), invoice.year(), invoice.national(),
                    invoice.province(), invoice.provinceName(), invoice.basis().name(), invoice.referenceDate(),
                    invoice.organisationsPerType(), invoice.receivedCents(), invoice.amountCents(),
                    Money.format(invoice.amountCents()), invoice.issuedOn(), invoice.dueOn(), invoice.status(),
                    invoice.receivedOn(), invoice.paid() == null ? null : new PaidView(invoice.paid().paidOn(),
                            invoice.paid().amountCents(), invoice.paid().reference()),
                    invoice.version());
        }
    }
}
