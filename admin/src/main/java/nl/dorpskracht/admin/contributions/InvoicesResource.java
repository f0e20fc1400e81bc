package nl.dorpskracht.admin.contributions;

import nl.dorpskracht.platform.rest.RequestParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.statements.boundary.BankStatementService;
import nl.dorpskracht.contributions.entity.InvoiceDetail;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.admin.contributions.Views.CancelRequest;
import nl.dorpskracht.admin.contributions.Views.InvoiceDetailView;
import nl.dorpskracht.admin.contributions.Views.InvoiceListView;
import nl.dorpskracht.admin.contributions.Views.PaymentRequest;
import nl.dorpskracht.contributions.boundary.InvoiceDeliveryService;
import nl.dorpskracht.contributions.boundary.InvoiceService;
import nl.dorpskracht.contributions.control.InvoiceSearch;
import nl.dorpskracht.contributions.entity.PaymentInput;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contribution invoices: list and filter, read, PDF, register payments, cancel. */
@Path("/v1/{tenant}/contributions/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Invoices", description = "Contribution invoices, payments and the invoice PDF")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or an invoice that is not the tenant's")
public class InvoicesResource {

    @Inject
    BankStatementService statements;

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceDeliveryService delivery;

    @GET
    @Operation(summary = "A page of invoices: status OPEN|PAID|CANCELLED, year, overdue=true (open and past due), run,"
            + " q (number or payer), page (from 0), size (1..100); with the count and the sums of all that match")
    @APIResponse(responseCode = "400", description = "Bad filter or paging (problem INVALID_PARAMETER)")
    public InvoiceListView list(@QueryParam("status") String status, @QueryParam("year") String year,
            @QueryParam("overdue") String overdue, @QueryParam("run") String run, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return InvoiceListView.of(invoices.search(InvoiceSearch.parse(status, year, overdue, run, q, page, size)),
                today());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invoice with its lines (one per member billed) and payments")
    public InvoiceDetailView invoice(@PathParam("id") String id) {
        return view(invoices.detail(parse(id)));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The invoice as a PDF, in Dutch")
    public Response pdf(@PathParam("id") String id) {
        UUID invoice = parse(id);
        return Response.ok(invoices.pdf(invoice), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"factuur-" + invoice + ".pdf\"").build();
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a payment: {amountCents, paidOn?, method? TRANSFER|DIRECT_DEBIT|CASH|OTHER,"
            + " reference?, version?}. Partial payments are fine; the invoice is PAID once fully paid")
    @APIResponse(responseCode = "200", description = "The invoice with its payments")
    @APIResponse(responseCode = "409", description = "Paid or cancelled already (INVOICE_NOT_OPEN), stale version")
    @APIResponse(responseCode = "422", description = "Bad amount (more than open), date or method")
    public InvoiceDetailView pay(@PathParam("id") String id, PaymentRequest request) {
        PaymentRequest body = RequestParts.body(request);
        return view(invoices.pay(parse(id),
                new PaymentInput(body.amountCents(), body.paidOn(), body.method(), body.reference()), body.version()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an open invoice without payments: {version?}. It stays, as CANCELLED, and a run does"
            + " not bill the payer again for that year")
    @APIResponse(responseCode = "409", description = "Not open (INVOICE_NOT_OPEN) or partly paid (INVOICE_HAS_PAYMENTS)")
    public InvoiceDetailView cancel(@PathParam("id") String id, CancelRequest request) {
        return view(invoices.cancel(parse(id), request == null ? null : request.version()));
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send the invoice again by e-mail, with its PDF, to the address on the invoice (audited)")
    @APIResponse(responseCode = "202", description = "In the outbox: {mailId}")
    @APIResponse(responseCode = "409", description = "No e-mail address (INVOICE_NO_EMAIL) or cancelled (INVOICE_NOT_OPEN)")
    public Response send(@PathParam("id") String id) {
        return Response.accepted(new SentView(delivery.resend(parse(id)))).build();
    }

    @GET
    @Path("{id}/reminders")
    @Operation(summary = "The payment reminders the invoice had: step, days overdue, when, and where the mail stands")
    public List<InvoiceDeliveryService.ReminderSent> reminders(@PathParam("id") String id) {
        return delivery.reminders(parse(id));
    }

    public record SentView(UUID mailId) {
    }

    private static UUID parse(String id) {
        return RequestParts.id(id, ProblemCode.INVOICE_NOT_FOUND);
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    private InvoiceDetailView view(InvoiceDetail detail) {
        return InvoiceDetailView.of(detail, today(), statements.returnsOf(detail.invoice().id()));
    }
}
