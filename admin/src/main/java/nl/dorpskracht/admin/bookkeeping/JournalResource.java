package nl.dorpskracht.admin.bookkeeping;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.bookkeeping.boundary.BookkeepingService;
import nl.dorpskracht.bookkeeping.boundary.BookkeepingService.Mapping;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput.PlanAccount;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bookkeeping export of one association: its ledger accounts and the journal of a period as CSV. */
@Path("/v1/{tenant}/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Bookkeeping", description = "Ledger accounts per association and the journal export for a bookkeeping"
        + " package")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN or TREASURER")
@APIResponse(responseCode = "404", description = "Unknown tenant or no grant in it")
public class JournalResource {

    @Inject
    BookkeepingService bookkeeping;

    public record LedgerAccountsView(String debtorsAccount, String bankAccount, String cashAccount,
            String revenueAccount, String salesJournal, String bankJournal, List<PlanAccountView> planAccounts,
            long version) {

        static LedgerAccountsView of(Mapping mapping) {
            var accounts = mapping.accounts();
            return new LedgerAccountsView(accounts.debtorsAccount(), accounts.bankAccount(), accounts.cashAccount(),
                    accounts.revenueAccount(), accounts.salesJournal(), accounts.bankJournal(),
                    accounts.planAccounts().entrySet().stream().map(PlanAccountView::of).toList(), mapping.version());
        }
    }

    public record PlanAccountView(UUID planId, String revenueAccount) {
        static PlanAccountView of(Map.Entry<UUID, String> entry) {
            return new PlanAccountView(entry.getKey(), entry.getValue());
        }
    }

    public record LedgerAccountsRequest(String debtorsAccount, String bankAccount, String cashAccount,
            String revenueAccount, String salesJournal, String bankJournal, List<PlanAccount> planAccounts,
            Long version) {
    }

    @GET
    @Path("ledger-accounts")
    @Operation(summary = "The ledger accounts and day books the journal uses (the standard ones until set), with the"
            + " revenue account of each plan that has its own")
    public LedgerAccountsView ledgerAccounts() {
        return LedgerAccountsView.of(bookkeeping.mapping());
    }

    @PUT
    @Path("ledger-accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the ledger accounts: {debtorsAccount, bankAccount, cashAccount, revenueAccount,"
            + " salesJournal, bankJournal, planAccounts: [{planId, revenueAccount}], version} (version 0 the first"
            + " time)")
    @APIResponse(responseCode = "404", description = "A plan that is not the association's (PLAN_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Stale version (problem VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public LedgerAccountsView saveLedgerAccounts(LedgerAccountsRequest request) {
        LedgerAccountsRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return LedgerAccountsView.of(bookkeeping.saveMapping(
                new AccountMappingInput(body.debtorsAccount(), body.bankAccount(), body.cashAccount(),
                        body.revenueAccount(), body.salesJournal(), body.bankJournal(), body.planAccounts()),
                body.version()));
    }

    @GET
    @Path("journal")
    @Produces("text/csv")
    @Operation(summary = "The journal of a period (at most a year) as CSV for a bookkeeping package: invoices raised"
            + " and cancelled, payments received; `;` separated, dd-mm-jjjj dates, decimal comma, UTF-8 with BOM")
    @APIResponse(responseCode = "400", description = "No or a wrong period (problem JOURNAL_PERIOD)")
    public Response journal(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        return Response.ok(bookkeeping.journalFile(start, end), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journaal-" + start + "-" + end + ".csv\"")
                .build();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemCode.JOURNAL_PERIOD);
        }
    }
}
