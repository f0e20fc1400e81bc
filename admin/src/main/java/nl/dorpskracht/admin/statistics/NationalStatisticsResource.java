package nl.dorpskracht.admin.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.statistics.boundary.NationalOffice;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.statistics.boundary.NationalStatisticsService;
import nl.dorpskracht.statistics.control.FinishedReport;
import nl.dorpskracht.statistics.control.StatisticsSheet;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A federation's national figures for its national office: totals per association and in all, no personal data. The
 * path names no tenant; the caller's own national grant decides which federation ({@link NationalOffice}).
 */
@Path("/v1/national/statistics")
@RequestScoped
@Tag(name = "National statistics", description = "Totals of all associations of a federation, no personal data")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "No national office grant (problem FORBIDDEN)")
@APIResponse(responseCode = "404", description = "A federation named that the caller is not national office of")
@APIResponse(responseCode = "422", description = "A bad date, or to before from (problem VALIDATION_FAILED)")
public class NationalStatisticsResource {

    @Inject
    TenantGate gate;

    @Inject
    NationalStatisticsService statistics;

    @Context
    Providers providers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Members, growth, contributions, events, registrations and co-signatures, per association")
    @APIResponse(responseCode = "200", description = "The figures of the whole quarters from..to; counts of people"
            + " below smallestPersonCount read {fewerThan} instead of {count}. ETag: the same while no figure changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalStatistics.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match named the ETag of these figures: none changed")
    public Response read(
            @Parameter(in = ParameterIn.QUERY, description = "yyyy-mm-dd, default 1 January"
                    + " two years ago") @QueryParam("from") String from,
            @Parameter(in = ParameterIn.QUERY, description = "yyyy-mm-dd, default 31 December this year") @QueryParam("to") String to,
            @Parameter(in = ParameterIn.QUERY, description = "national tenant, for a caller of several federations") @QueryParam("federation") String federation,
            @Context Request request) {
        FinishedReport report = finished(from, to, federation);
        EntityTag tag = new EntityTag(report.tag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(report.json(this::json), MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    @GET
    @Path("csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same figures as a spreadsheet, one number per line")
    public Response sheet(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("federation") String federation) {
        NationalStatistics report = report(from, to, federation);
        String file = "landelijke-cijfers-" + report.federation() + "-" + report.from() + "-" + report.to() + ".csv";
        return Response.ok(StatisticsSheet.of(report))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private NationalStatistics report(String from, String to, String federation) {
        return finished(from, to, federation).report();
    }

    private FinishedReport finished(String from, String to, String federation) {
        gate.enter(federation, NationalOffice.class, NationalOffice.ROLES);
        return statistics.finished(StatisticsPeriod.parse(from, to, LocalDate.now(DutchTime.ZONE)));
    }

    /** The JSON the runtime would write for the report (the same writer), written once per finished report. */
    private byte[] json(NationalStatistics report) {
        MessageBodyWriter<NationalStatistics> writer = providers.getMessageBodyWriter(NationalStatistics.class,
                NationalStatistics.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.writeTo(report, NationalStatistics.class, NationalStatistics.class, new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
