package nl.dorpskracht.admin.members;

import nl.dorpskracht.platform.rest.RequestParts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;
import java.util.List;
import nl.dorpskracht.members.boundary.MemberExport;
import nl.dorpskracht.members.boundary.MemberImport;
import nl.dorpskracht.members.boundary.MemberService;
import nl.dorpskracht.members.control.ImportCommand;
import nl.dorpskracht.members.control.ImportProgress;
import nl.dorpskracht.members.control.ImportResult;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.members.control.MemberPage;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member organisations of one province, for its administrators. */
@Path("/v1/{tenant}/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Members", description = "Member organisations of a tenant")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a member that is not the tenant's")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN (problem FORBIDDEN)")
public class MembersResource {

    @PathParam("tenant")
    String tenant;

    @Inject
    MemberService members;

    @Inject
    MemberImport importer;

    @Inject
    MemberExport exporter;

    @Inject
    Caller caller;

    @Inject
    TenantContext context;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "Search the tenant's member organisations, one page at a time (an ambassador: their regions)")
    @APIResponse(responseCode = "200", description = "{items, total, page, size}; page counts from 0, size 1..100")
    @APIResponse(responseCode = "400", description = "Bad paging or filter (problem INVALID_PARAMETER)")
    public MemberListView list(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("region") String region, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Parameter(description = "A CBS code (GM1978), or 'unmatched': the organisations whose municipality the"
                    + " register did not recognise") @QueryParam("municipality") String municipality) {
        MemberPage found = members.search(MemberSearch.parse(q, type, region, status, page, size, municipality));
        List<MemberView> items = found.items().stream().map(this::view).toList();
        return new MemberListView(items, found.total(), found.page(), found.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member organisation")
    @APIResponse(responseCode = "201", description = "Created; Location header and the member with id and version")
    @APIResponse(responseCode = "409", description = "Same name in the same municipality (problem MEMBER_DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED); a municipality that is"
            + " neither a CBS code nor a name of the register (problem UNKNOWN_MUNICIPALITY, field municipality)")
    public Response create(MemberRequest request, @Context UriInfo uri) {
        MemberOrganisation created = members.create(RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(view(created)).build();
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "Read one member organisation")
    public MemberView read(@PathParam("id") String id) {
        return view(members.find(RequestParts.id(id, ProblemCode.MEMBER_NOT_FOUND)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a member organisation; the body carries the version read, a stale one gives 409")
    @APIResponse(responseCode = "200", description = "Updated; the version went up by one")
    @APIResponse(responseCode = "409", description = "Stale version (problem VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED); a municipality that is"
            + " neither a CBS code nor a name of the register (problem UNKNOWN_MUNICIPALITY, field municipality)")
    public MemberView update(@PathParam("id") String id, MemberRequest request) {
        MemberRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return view(members.update(RequestParts.id(id, ProblemCode.MEMBER_NOT_FOUND), body.version(), body.input()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a member organisation (it stays for history and contributions)")
    public MemberView archive(@PathParam("id") String id) {
        return view(members.archive(RequestParts.id(id, ProblemCode.MEMBER_NOT_FOUND)));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's status (PROSPECT, ACTIVE, SUSPENDED, ARCHIVED), with a reason")
    @APIResponse(responseCode = "422", description = "Unknown status or reason too long (problem VALIDATION_FAILED)")
    public MemberView changeStatus(@PathParam("id") String id, StatusRequest request) {
        InputFields fields = new InputFields();
        MemberStatus status = fields.choice("status", request == null ? null : request.status(), MemberStatus.class,
                "required.status", "invalid.memberStatus");
        String reason = fields.optional("reason", request == null ? null : request.reason(),
                MemberStatusChange.REASON_MAX);
        fields.throwIfInvalid();
        return view(members.changeStatus(RequestParts.id(id, ProblemCode.MEMBER_NOT_FOUND), status, reason));
    }

    @GET
    @Path("{id}/history")
    @TenantRoles({ Role.TENANT_ADMIN, Role.REGIONAL_AMBASSADOR })
    @Operation(summary = "The member's status history, oldest first")
    public List<StatusChangeView> history(@PathParam("id") String id) {
        return members.history(RequestParts.id(id, ProblemCode.MEMBER_NOT_FOUND)).stream().map(StatusChangeView::of)
                .toList();
    }

    @POST
    @Path("import")
    // not text/plain: that is what another site's <form enctype="text/plain"> can send without the browser asking
    @Consumes({ "text/csv", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import organisations with contact persons from CSV, all or nothing", description = "UTF-8 (BOM allowed), ; or , separated, Dutch or English headers (see API.md). "
            + "existing=update|skip says what to do with organisations the tenant already has; "
            + "dryRun=true checks the file and reports what would happen without writing.")
    @APIResponse(responseCode = "200", description = "{imported, updated, skipped, contacts, mandates, existing}")
    @APIResponse(responseCode = "413", description = "Larger than 20 MB (problem PAYLOAD_TOO_LARGE) or more than 100,000"
            + " rows (IMPORT_TOO_MANY_ROWS)")
    @APIResponse(responseCode = "422", description = "Row errors with line and column, the first 200 and a count;"
            + " more than 100 columns (IMPORT_TOO_MANY_COLUMNS) or a cell over 1,000 characters (IMPORT_CELL_TOO_LONG);"
            + " nothing imported")
    public ImportResult importFile(InputStream body, @QueryParam("existing") String existing,
            @QueryParam("dryRun") boolean dryRun, @HeaderParam("Content-Length") Long declaredLength) {
        if (declaredLength != null && declaredLength > Uploads.MAX_BYTES) {
            throw Uploads.tooLarge();
        }
        ImportCommand.Existing mode = existingMode(existing);
        java.nio.file.Path file = Uploads.spool(body);
        try {
            return importer.run(new ImportCommand(context.require(), caller.name(), file, mode, dryRun),
                    new ImportProgress());
        } finally {
            Uploads.delete(file);
        }
    }

    @GET
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The tenant's members with contact persons and mandates as CSV, in the import's format")
    public Response exportFile() {
        return Response.ok(exporter.export())
                .header("Content-Disposition", "attachment; filename=\"leden-" + tenant + ".csv\"").build();
    }

    static ImportCommand.Existing existingMode(String existing) {
        if (existing == null || existing.isBlank()) {
            return ImportCommand.Existing.ASK;
        }
        return switch (existing.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "update" -> ImportCommand.Existing.UPDATE;
        case "skip" -> ImportCommand.Existing.SKIP;
        default -> throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field("existing", "invalid.value")));
        };
    }

    private MemberView view(MemberOrganisation member) {
        return MemberView.of(member, tenant);
    }

}
