package nl.dorpskracht.admin.contributions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.dorpskracht.admin.contributions.StatementViews.AssignRequest;
import nl.dorpskracht.admin.contributions.StatementViews.EntryListView;
import nl.dorpskracht.admin.contributions.StatementViews.EntryView;
import nl.dorpskracht.admin.contributions.StatementViews.ImportSummary;
import nl.dorpskracht.admin.contributions.StatementViews.StatementListView;
import nl.dorpskracht.admin.contributions.StatementViews.StatementView;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.statements.boundary.BankStatementService;
import nl.dorpskracht.statements.control.CamtReader;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bank statements (CAMT.053): import, list, entries, and the review list the treasurer resolves. */
@Path("/v1/{tenant}/contributions/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Bank statements", description = "CAMT.053 statements of the association's account, matched to invoices")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "Not TENANT_ADMIN or TREASURER (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a statement, entry or invoice that"
        + " is not the tenant's")
public class StatementsResource {

    @Inject
    BankStatementService statements;

    @POST
    // not text/plain or a form: another site's form cannot send this without the browser asking first
    @Consumes({ "application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a CAMT.053 statement (camt.053.001.02 or .001.08) of the association's collecting"
            + " account, all or nothing; the same statement again changes nothing and says alreadyImported")
    @APIResponse(responseCode = "200", description = "{statementId, alreadyImported, entries, matched, review,"
            + " returned, ignored}")
    @APIResponse(responseCode = "400", description = "Another message type or version (STATEMENT_FORMAT), or not"
            + " conforming to the schema (STATEMENT_INVALID, detail names the line)")
    @APIResponse(responseCode = "409", description = "No collecting account set (STATEMENT_NO_CREDITOR)")
    @APIResponse(responseCode = "413", description = "Over 20 MB or 50,000 entries (STATEMENT_TOO_LARGE)")
    @APIResponse(responseCode = "422", description = "A statement of another account (STATEMENT_WRONG_ACCOUNT)")
    public ImportSummary importStatement(InputStream body, @HeaderParam("Content-Length") Long declaredLength) {
        if (declaredLength != null && declaredLength > CamtReader.MAX_BYTES) {
            throw new ProblemException(ProblemCode.STATEMENT_TOO_LARGE);
        }
        return ImportSummary.of(statements.importStatement(read(body)));
    }

    @GET
    @Operation(summary = "The imported statements, newest first, 50 a page (page from 0)")
    public StatementListView list(@QueryParam("page") String page) {
        int number = page(page);
        return new StatementListView(statements.statements(number).stream().map(StatementView::of).toList(), number,
                BankStatementService.PAGE_SIZE);
    }

    @GET
    @Path("{id}/entries")
    @Operation(summary = "The entries of one statement (at most 1,000), with what became of each")
    public EntryListView entries(@PathParam("id") String id) {
        return new EntryListView(statements.entries(RequestParts.id(id, ProblemCode.STATEMENT_NOT_FOUND)).stream()
                .map(EntryView::of).toList(), 0, BankStatementService.MAX_ENTRIES);
    }

    @GET
    @Path("review")
    @Operation(summary = "The entries that wait for the treasurer, oldest first, 50 a page")
    public EntryListView review(@QueryParam("page") String page) {
        int number = page(page);
        return new EntryListView(statements.review(number).stream().map(EntryView::of).toList(), number,
                BankStatementService.PAGE_SIZE);
    }

    @POST
    @Path("entries/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "This received amount pays that open invoice: {invoiceId}; records a payment, audited")
    @APIResponse(responseCode = "409", description = "Dealt with already (STATEMENT_ENTRY_RESOLVED)")
    @APIResponse(responseCode = "422", description = "Not a credit, invoice not open or amount above what is open"
            + " (STATEMENT_ENTRY_NOT_ASSIGNABLE)")
    public EntryView assign(@PathParam("id") String id, AssignRequest request) {
        AssignRequest body = RequestParts.body(request);
        return EntryView.of(statements.assign(RequestParts.id(id, ProblemCode.STATEMENT_ENTRY_NOT_FOUND),
                RequestParts.id(body.invoiceId(), ProblemCode.INVOICE_NOT_FOUND)));
    }

    @POST
    @Path("entries/{id}/ignore")
    @Operation(summary = "Not a contribution: the entry leaves the review list, audited")
    @APIResponse(responseCode = "409", description = "Dealt with already (STATEMENT_ENTRY_RESOLVED)")
    public EntryView ignore(@PathParam("id") String id) {
        return EntryView.of(statements.ignore(RequestParts.id(id, ProblemCode.STATEMENT_ENTRY_NOT_FOUND)));
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            throw new ProblemException(ProblemCode.STATEMENT_FORMAT);
        }
        try {
            byte[] document = body.readNBytes(CamtReader.MAX_BYTES + 1);
            if (document.length > CamtReader.MAX_BYTES) {
                throw new ProblemException(ProblemCode.STATEMENT_TOO_LARGE);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        if (!page.matches("[0-9]{1,5}")) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER);
        }
        return Integer.parseInt(page);
    }
}
