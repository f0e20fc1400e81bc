package nl.dorpskracht.admin.contributions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dorpskracht.statements.boundary.BankStatementService.ReturnedCollection;
import java.util.UUID;
import nl.dorpskracht.contributions.control.InvoiceQueries;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceDetail;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.MemberContribution;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.contributions.entity.TierInput;
import nl.dorpskracht.members.entity.SepaMandate;

/** The JSON shapes of the contributions API. Requests carry no tenant: the tenant is the one in the path. */
public final class Views {

    private Views() {
    }

    public record TierView(int fromInhabitants, long amountCents) {
        public static TierView of(Tier tier) {
            return new TierView(tier.fromInhabitants(), tier.amountCents());
        }
    }

    public record PlanView(UUID id, String name, String kind, long amountCents, String amount, boolean active,
            List<TierView> tiers, long members, long version) {
        public static PlanView of(PlanWithTiers plan) {
            return new PlanView(plan.plan().id(), plan.details().name(), plan.details().kind().name(),
                    plan.details().amountCents(), Money.format(plan.details().amountCents()), plan.details().active(),
                    plan.details().tiers().stream().map(TierView::of).toList(), plan.members(), plan.plan().version());
        }
    }

    public record PlanRequest(String name, String kind, Long amountCents, Boolean active, List<TierInput> tiers,
            Long version) {
    }

    public record AssignRequest(String payer) {
    }

    public record AssignedView(UUID planId, int assigned) {
    }

    public record MemberPlanRequest(String planId, String payer, Long version) {
    }

    public record MemberPlanView(UUID memberId, UUID planId, String payer, long version) {
        public static MemberPlanView of(MemberContribution contribution) {
            return new MemberPlanView(contribution.memberId(), contribution.planId(), contribution.payer().name(),
                    contribution.version());
        }
    }

    public record CreditorView(String name, String iban, String bic, String creditorId, String painVersion) {
        public static CreditorView of(CreditorDetails details) {
            return new CreditorView(details.name(), details.iban(), details.bic(), details.creditorId(),
                    details.painVersion() == null ? null : details.painVersion().code());
        }
    }

    /** {@code returnedReason}/{@code returnedOn}: a collection came back; saving the mandate again clears it. */
    public record MandateView(UUID memberId, String iban, String bic, String reference, LocalDate signedOn,
            String returnedReason, LocalDate returnedOn) {
        public static MandateView of(SepaMandate mandate) {
            return new MandateView(mandate.memberId(), mandate.iban(), mandate.bic(), mandate.reference(),
                    mandate.signedOn(), mandate.returnedReason(), mandate.returnedOn());
        }
    }

    public record RunRequest(Integer year, String dueOn) {
    }

    public record RunView(UUID id, int year, String status, int percent, int payersTotal, int payersDone,
            int invoicesCreated, int payersSkipped, int membersBilled, LocalDate issuedOn, LocalDate dueOn,
            String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, String failure) {
        public static RunView of(ContributionRun run) {
            return new RunView(run.id(), run.year(), run.status().name(), run.percent(), run.payersTotal(),
                    run.payersDone(), run.invoicesCreated(), run.payersSkipped(), run.membersBilled(), run.issuedOn(),
                    run.dueOn(), run.startedBy(), run.startedAt(), run.finishedAt(), run.failure());
        }
    }

    public record InvoiceView(UUID id, String number, int year, UUID runId, String payerKind, String payerName,
            UUID memberId, String municipality, long amountCents, long paidCents, long outstandingCents, String amount,
            String status, boolean overdue, LocalDate issuedOn, LocalDate dueOn, long version, String payerEmail,
            boolean mailable) {
        public static InvoiceView of(Invoice invoice, LocalDate today) {
            return new InvoiceView(invoice.id(), invoice.number(), invoice.year(), invoice.runId(),
                    invoice.payerKind().name(), invoice.payerName(), invoice.memberId(), invoice.municipality(),
                    invoice.amountCents(), invoice.paidCents(), invoice.outstandingCents(),
                    Money.format(invoice.amountCents()), invoice.status().name(), invoice.isOverdue(today),
                    invoice.issuedOn(), invoice.dueOn(), invoice.version(), invoice.payerEmail(),
                    invoice.payerEmail() != null);
        }
    }

    public record LineView(int lineNo, UUID memberId, String memberName, UUID planId, String planName,
            Integer inhabitants, long amountCents) {
        public static LineView of(InvoiceLine line) {
            return new LineView(line.lineNo(), line.memberId(), line.memberName(), line.planId(), line.planName(),
                    line.inhabitants(), line.amountCents());
        }
    }

    public record PaymentView(UUID id, long amountCents, LocalDate paidOn, String method, String reference,
            OffsetDateTime recordedAt) {
        public static PaymentView of(Payment payment) {
            return new PaymentView(payment.id(), payment.amountCents(), payment.paidOn(), payment.method().name(),
                    payment.reference(), payment.recordedAt());
        }
    }

    /** {@code returns}: direct debits of the invoice the bank returned, with the reason in Dutch. */
    public record InvoiceDetailView(InvoiceView invoice, List<LineView> lines, List<PaymentView> payments,
            List<ReturnedCollection> returns) {
        public static InvoiceDetailView of(InvoiceDetail detail, LocalDate today, List<ReturnedCollection> returns) {
            return new InvoiceDetailView(InvoiceView.of(detail.invoice(), today),
                    detail.lines().stream().map(LineView::of).toList(),
                    detail.payments().stream().map(PaymentView::of).toList(), returns);
        }
    }

    public record InvoiceListView(List<InvoiceView> items, long total, long totalCents, long outstandingCents, int page,
            int size) {
        public static InvoiceListView of(InvoiceQueries.Page page, LocalDate today) {
            return new InvoiceListView(page.items().stream().map(i -> InvoiceView.of(i, today)).toList(), page.total(),
                    page.totalCents(), page.outstandingCents(), page.page(), page.size());
        }
    }

    public record PaymentRequest(Long amountCents, String paidOn, String method, String reference, Long version) {
    }

    public record CancelRequest(Long version) {
    }
}
