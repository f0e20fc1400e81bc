package nl.dorpskracht.admin.projects;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.dorpskracht.documents.control.SpooledFile;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.projects.boundary.InitiativeFiles;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.projects.boundary.InitiativeSubmissions;
import nl.dorpskracht.projects.control.InitiativeInput;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.control.InitiativeWorkflow.Action;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Projectenbank: admins write initiatives and move them through the workflow; member contacts submit their own;
 * every reader of the tenant reads its published ones and other associations' shared ones.
 */
@Path("/v1/{tenant}/initiatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Initiatives", description = "The Projectenbank: initiatives of member organisations")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or an initiative the caller may not"
        + " read (problem INITIATIVE_NOT_FOUND)")
public class InitiativesResource {

    private static final Role[] READERS = { Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR,
            Role.NATIONAL_OFFICE };

    @Inject
    InitiativeService initiatives;

    @Inject
    InitiativeSubmissions submissions;

    @Inject
    InitiativeFiles files;

    @GET
    @Operation(summary = "Admins: own initiatives in any status, newest change first; status=DRAFT|SUBMITTED|..."
            + " page (from 0), size (1-100, default 50)")
    public List<InitiativeView> list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        InitiativeStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = InitiativeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("status");
            }
        }
        return initiatives.list(chosen, number("page", page, 0, 0, InitiativeService.MAX_PAGE),
                number("size", size, 50, 1, InitiativeService.MAX_PAGE_SIZE));
    }

    @GET
    @Path("published")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "Published initiatives, newest first: scope=all (default: own and other associations'"
            + " shared), own or shared; page (0-20), size (1-100, default 50)")
    public List<InitiativeView> published(@QueryParam("scope") String scope, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        InitiativeService.Scope chosen = InitiativeService.Scope.ALL;
        if (scope != null && !scope.isBlank()) {
            try {
                chosen = InitiativeService.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("scope");
            }
        }
        return initiatives.published(chosen, number("page", page, 0, 0, InitiativeService.MAX_MERGED_PAGE),
                number("size", size, 50, 1, InitiativeService.MAX_PAGE_SIZE));
    }

    @GET
    @Path("mine")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Member contacts: the initiatives the caller submitted, in any status")
    public List<InitiativeView> mine() {
        return submissions.mine();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admins: a new draft (title required; themes from /initiative-themes; visibility OWN, ALL or"
            + " PUBLIC; links at most 10; contactPersonId of the member organisation, shown only with contactConsent)")
    @APIResponse(responseCode = "201", description = "Created; Location header and the initiative")
    @APIResponse(responseCode = "422", description = "Field errors (VALIDATION_FAILED)")
    public Response create(InitiativeInput input, @Context UriInfo uri) {
        InitiativeView created = initiatives.create(RequestParts.body(input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Member contacts: submit an initiative of their own organisation for the admins' approval")
    @APIResponse(responseCode = "201", description = "Submitted (status SUBMITTED)")
    public Response submit(InitiativeInput input, @Context UriInfo uri) {
        InitiativeView created = submissions.submit(RequestParts.body(input));
        return Response.created(uri.getBaseUriBuilder().path("v1").path(created.tenant()).path("initiatives")
                .path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("submissions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "Member contacts: change a rejected initiative they submitted and submit it again (version)")
    public InitiativeView resubmit(@PathParam("id") String id, InitiativeInput input) {
        return submissions.resubmit(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND), RequestParts.body(input));
    }

    @POST
    @Path("{id}/withdraw-consent")
    @TenantRoles(Role.MEMBER_CONTACT)
    @Operation(summary = "The contact person no longer wants to be shown: name and e-mail are removed at once")
    public InitiativeView withdrawConsent(@PathParam("id") String id) {
        return submissions.withdrawConsent(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Admins: an own initiative in any status")
    public InitiativeView read(@PathParam("id") String id) {
        return initiatives.find(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND));
    }

    @GET
    @Path("shared/{host}/{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "Every reader: a published initiative of host (this association's own, or another"
            + " association's shared one), with its links and files")
    public InitiativeView readShared(@PathParam("host") String host, @PathParam("id") String id) {
        return initiatives.read(host(host), RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admins: new content of an own initiative; the body carries the version read, a stale one"
            + " gives 409 VERSION_CONFLICT")
    public InitiativeView update(@PathParam("id") String id, InitiativeInput input) {
        InitiativeInput body = RequestParts.body(input);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return initiatives.update(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND), body);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Admins: delete an own initiative with its links and files")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        initiatives.delete(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Admins: publish (from draft, submitted, rejected or archived); version=<read> optional")
    @APIResponse(responseCode = "409", description = "Not possible in this status (INITIATIVE_STATUS) or stale")
    public InitiativeView publish(@PathParam("id") String id, @QueryParam("version") String version) {
        return move(id, Action.PUBLISH, null, version);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admins: reject a submitted initiative with {\"reason\": \"...\"} (1-1000 characters)")
    @APIResponse(responseCode = "422", description = "No reason (INITIATIVE_REJECTION_REASON)")
    public InitiativeView reject(@PathParam("id") String id, Rejection rejection,
            @QueryParam("version") String version) {
        return move(id, Action.REJECT, rejection == null ? null : rejection.reason(), version);
    }

    @POST
    @Path("{id}/archive")
    @Operation(summary = "Admins: archive (kept, no longer shown)")
    public InitiativeView archive(@PathParam("id") String id, @QueryParam("version") String version) {
        return move(id, Action.ARCHIVE, null, version);
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Admins: add a file as the request body, fileName (with extension) as query parameter; at"
            + " most 10 files of 10 MB; the type is decided by the content (pdf, docx, xlsx, pptx, odt, txt, csv, png,"
            + " jpg)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "413", description = "INITIATIVE_FILE_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "INITIATIVE_FILE_TYPE")
    public Response addFile(@PathParam("id") String id, InputStream body, @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Length") Long declaredLength) {
        UUID initiative = RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND);
        if (declaredLength != null && declaredLength > InitiativeFiles.MAX_FILE_BYTES) {
            throw new ProblemException(ProblemCode.INITIATIVE_FILE_TOO_LARGE);
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new ProblemException(ProblemCode.INITIATIVE_FILE_TYPE);
        }
        try (SpooledFile file = spooled(body)) {
            return Response.status(Response.Status.CREATED).entity(files.add(initiative, fileName, file)).build();
        }
    }

    @GET
    @Path("{id}/files/{file}")
    @Produces(MediaType.WILDCARD)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "Download a file of an own initiative the caller may read; host=<tenant> for another"
            + " association's shared initiative")
    public Response download(@PathParam("tenant") String tenant, @PathParam("id") String id,
            @PathParam("file") String file, @QueryParam("host") String host) {
        InitiativeFiles.Download download = files.download(host == null || host.isBlank() ? tenant : host(host),
                RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND),
                RequestParts.id(file, ProblemCode.INITIATIVE_FILE_NOT_FOUND));
        return attachment(download);
    }

    @DELETE
    @Path("{id}/files/{file}")
    @Operation(summary = "Admins: delete a file of an own initiative")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response deleteFile(@PathParam("id") String id, @PathParam("file") String file) {
        files.delete(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND),
                RequestParts.id(file, ProblemCode.INITIATIVE_FILE_NOT_FOUND));
        return Response.noContent().build();
    }

    /** The body of a rejection. */
    public record Rejection(@nl.dorpskracht.platform.input.MultiLine String reason) {
    }

    /** A file as an attachment, never rendered by the browser as the site's own content. */
    static Response attachment(InitiativeFiles.Download download) {
        String name = download.file().fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = java.net.URLEncoder.encode(download.file().fileName(), StandardCharsets.UTF_8).replace("+",
                "%20");
        return Response.ok(download.bytes(), download.file().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private InitiativeView move(String id, Action action, String reason, String version) {
        Long expected = null;
        if (version != null && !version.isBlank()) {
            try {
                expected = Long.parseLong(version.strip());
            } catch (NumberFormatException e) {
                throw invalid("version");
            }
        }
        return initiatives.move(RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND), action, reason, expected);
    }

    private static SpooledFile spooled(InputStream body) {
        try {
            return SpooledFile.of(body, InitiativeFiles.MAX_FILE_BYTES);
        } catch (ProblemException refused) {
            throw new ProblemException(refused.code() == ProblemCode.DOCUMENT_EMPTY ? ProblemCode.INITIATIVE_FILE_EMPTY
                    : ProblemCode.INITIATIVE_FILE_TOO_LARGE);
        }
    }

    private static String host(String host) {
        if (host == null || !host.strip().matches("[a-z][a-z0-9-]{1,31}")) {
            throw new ProblemException(ProblemCode.INITIATIVE_NOT_FOUND);
        }
        return host.strip();
    }

    static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field(field, "invalid.range", min, max)));
    }

    private static ProblemException invalid(String field) {
        return new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field(field, "invalid.value")));
    }
}
