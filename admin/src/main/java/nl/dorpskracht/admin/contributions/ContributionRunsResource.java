package nl.dorpskracht.admin.contributions;

import nl.dorpskracht.platform.rest.RequestParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import nl.dorpskracht.admin.contributions.Views.RunRequest;
import nl.dorpskracht.admin.contributions.Views.RunView;
import nl.dorpskracht.contributions.boundary.ContributionRunService;
import nl.dorpskracht.contributions.control.SepaDirectDebitFile;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.RunInput;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Yearly contribution runs: start one in the background, follow its progress, export its SEPA direct debits. */
@Path("/v1/{tenant}/contributions/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Contribution runs", description = "Yearly runs that bill one invoice per payer, idempotently")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a run that is not the tenant's")
public class ContributionRunsResource {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ContributionRunService runs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the contribution run of a year: {year, dueOn?}. It runs in the background; follow it"
            + " with GET runs/{id}. Running a year again bills only payers and members not billed yet")
    @APIResponse(responseCode = "202", description = "Accepted; Location header and the run (status RUNNING)")
    @APIResponse(responseCode = "409", description = "A run of this year is in progress (problem RUN_IN_PROGRESS)")
    @APIResponse(responseCode = "422", description = "Year out of range or a bad due date (VALIDATION_FAILED)")
    public Response start(RunRequest request, @Context UriInfo uri) {
        RunRequest body = RequestParts.body(request);
        ContributionRun run;
        try {
            run = runs.start(new RunInput(body.year(), body.dueOn()));
        } catch (PersistenceException | TransactionalException e) {
            if (uniqueViolation(e)) {
                // two starts of one year at the same moment: the database let one through
                throw new ProblemException(ProblemCode.RUN_IN_PROGRESS);
            }
            throw e;
        }
        return Response.accepted(RunView.of(run))
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    @Operation(summary = "The most recent runs, newest first")
    public List<RunView> recent(@QueryParam("limit") Integer limit) {
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
        return runs.recent(size).stream().map(RunView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run and its progress: payersTotal, payersDone, invoicesCreated, payersSkipped, percent")
    public RunView run(@PathParam("id") String id) {
        return RunView.of(runs.find(RequestParts.id(id, ProblemCode.RUN_NOT_FOUND)));
    }

    @GET
    @Path("{id}/sepa")
    @Produces(SepaDirectDebitFile.MEDIA_TYPE)
    @Operation(summary = "The run's open invoices whose payer has a mandate, as a SEPA Core direct-debit file"
            + " (pain.008.001.02, sequence type RCUR); collectionDate defaults to five days from today")
    @APIResponse(responseCode = "200", description = "The XML file")
    @APIResponse(responseCode = "409", description = "No creditor set (CREDITOR_MISSING) or nothing to collect"
            + " (NOTHING_TO_COLLECT)")
    public Response sepa(@PathParam("id") String id, @QueryParam("collectionDate") String collectionDate) {
        ContributionRunService.SepaExport export = runs.sepa(RequestParts.id(id, ProblemCode.RUN_NOT_FOUND),
                collectionDate);
        return Response.ok(export.content(), SepaDirectDebitFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("X-Transactions", export.transactions()).build();
    }

    private static boolean uniqueViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
