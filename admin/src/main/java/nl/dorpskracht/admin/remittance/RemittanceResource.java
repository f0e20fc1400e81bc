package nl.dorpskracht.admin.remittance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.admin.remittance.RemittanceViews.InvoiceView;
import nl.dorpskracht.admin.remittance.RemittanceViews.IssueRequest;
import nl.dorpskracht.admin.remittance.RemittanceViews.PaidRequest;
import nl.dorpskracht.admin.remittance.RemittanceViews.ReceivedRequest;
import nl.dorpskracht.admin.remittance.RemittanceViews.RuleRequest;
import nl.dorpskracht.admin.remittance.RemittanceViews.RuleView;
import nl.dorpskracht.admin.remittance.RemittanceViews.StatementView;
import nl.dorpskracht.admin.remittance.RemittanceViews.StatementsView;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.remittance.boundary.RemittanceService;
import nl.dorpskracht.remittance.control.RemittanceCsv;
import nl.dorpskracht.remittance.entity.RuleInput;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Afdracht: the national association's rule per year, the provinces' statements (counts and sums only), the invoices it
 * issues to them, and both sides of their payment. A national tenant's path sets and issues; a province's path reads
 * its own and reports that it paid.
 */
@Path("/v1/{tenant}/remittance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Afdracht", description = "Remittance of provinces to the national association")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "No admin or treasurer role, or the wrong kind of tenant"
        + " (REMITTANCE_NATIONAL_ONLY, REMITTANCE_PROVINCE_ONLY)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or an invoice that is not the tenant's")
public class RemittanceResource {

    @Inject
    RemittanceService remittance;

    @GET
    @Path("rule")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "The rule of a year (?year=): the national tenant's own, or for a province its national"
            + " association's")
    @APIResponse(responseCode = "404", description = "No rule for the year (REMITTANCE_RULE_NOT_FOUND)")
    public RuleView rule(@QueryParam("year") String year) {
        return RuleView.of(remittance.rule(year(year)));
    }

    @PUT
    @Path("rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the rule of a year (?year=), national tenant only: {basis PER_MEMBER|SHARE|FIXED,"
            + " amountCents, shareBasisPoints (1250 = 12,5 %), typeAmounts {DORPSRAAD: cents, ...}, referenceDate,"
            + " version?}")
    @APIResponse(responseCode = "409", description = "Stale version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Bad basis, amount, share or date")
    public RuleView saveRule(@QueryParam("year") String year, RuleRequest request) {
        RuleRequest body = RequestParts.body(request);
        return RuleView.of(remittance.saveRule(year(year), new RuleInput(body.basis(), body.amountCents(),
                body.shareBasisPoints(), body.typeAmounts(), body.referenceDate()), body.version()));
    }

    @GET
    @Path("statement")
    @Operation(summary = "A province's own statement of a year (?year=): organisations per type active on the"
            + " reference date, contributions received, amount due")
    public StatementView statement(@QueryParam("year") String year) {
        return StatementView.of(remittance.ownStatement(year(year)));
    }

    @GET
    @Path("statements")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "Every province's statement of a year (?year=), national tenant only: counts and sums per"
            + " province, never a name")
    public StatementsView statements(@QueryParam("year") String year) {
        int y = year(year);
        return StatementsView.of(y, remittance.federationStatements(y));
    }

    @GET
    @Path("statements/csv")
    @Produces("text/csv; charset=UTF-8")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "As statements, as CSV (semicolons, for a spreadsheet)")
    public Response statementsCsv(@QueryParam("year") String year) {
        int y = year(year);
        return Response.ok(RemittanceCsv.of(remittance.federationStatements(y)))
                .header("Content-Disposition", "attachment; filename=\"afdracht-" + y + ".csv\"").build();
    }

    @GET
    @Path("invoices")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "The invoices (?year= optional): those issued, for the national tenant; those addressed to"
            + " it, for a province; at most 500")
    public List<InvoiceView> invoices(@QueryParam("year") String year) {
        return remittance.invoices(year == null || year.isBlank() ? null : year(year)).stream().map(InvoiceView::of)
                .toList();
    }

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a province's invoice of a year, national tenant only: {province, year, dueOn?}")
    @APIResponse(responseCode = "409", description = "Issued already (REMITTANCE_INVOICE_EXISTS)")
    @APIResponse(responseCode = "422", description = "Not a province of the federation (REMITTANCE_PROVINCE_UNKNOWN)")
    public Response issue(IssueRequest request) {
        IssueRequest body = RequestParts.body(request);
        if (body.year() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("year", "invalid.range", 2000, 2100)));
        }
        InvoiceView issued = InvoiceView
                .of(remittance.issue(body.province(), year(String.valueOf(body.year())), date("dueOn", body.dueOn())));
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Path("invoices/{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "One invoice with both sides of its payment")
    public InvoiceView invoice(@PathParam("id") String id) {
        return InvoiceView.of(remittance.invoice(parse(id)));
    }

    @GET
    @Path("invoices/{id}/pdf")
    @Produces("application/pdf")
    @TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER, Role.NATIONAL_OFFICE })
    @Operation(summary = "The invoice as a PDF, in Dutch")
    public Response pdf(@PathParam("id") String id) {
        UUID invoice = parse(id);
        return Response.ok(remittance.pdf(invoice), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"afdracht-" + invoice + ".pdf\"").build();
    }

    @POST
    @Path("invoices/{id}/received")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The national tenant received the money: {receivedOn?, version?}; the invoice is PAID")
    @APIResponse(responseCode = "409", description = "Paid already (REMITTANCE_INVOICE_PAID), stale version")
    public InvoiceView received(@PathParam("id") String id, ReceivedRequest request) {
        ReceivedRequest body = request == null ? new ReceivedRequest(null, null) : request;
        return InvoiceView.of(remittance.received(parse(id), date("receivedOn", body.receivedOn()), body.version()));
    }

    @POST
    @Path("invoices/{id}/paid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A province reports that it paid: {paidOn?, amountCents? (the invoice's amount),"
            + " reference?}; its own record, which the national tenant sees")
    public InvoiceView paid(@PathParam("id") String id, PaidRequest request) {
        PaidRequest body = request == null ? new PaidRequest(null, null, null) : request;
        return InvoiceView
                .of(remittance.paid(parse(id), date("paidOn", body.paidOn()), body.amountCents(), body.reference()));
    }

    private static UUID parse(String id) {
        return RequestParts.id(id, ProblemCode.REMITTANCE_INVOICE_NOT_FOUND);
    }

    static int year(String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid(List.of(FieldError.field("year", "invalid.range", 2000, 2100)));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldError.field(field, "invalid.date")));
        }
    }
}
