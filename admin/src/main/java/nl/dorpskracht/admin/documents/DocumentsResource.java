package nl.dorpskracht.admin.documents;

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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.dorpskracht.documents.boundary.DocumentDownloads;
import nl.dorpskracht.documents.boundary.DocumentService;
import nl.dorpskracht.documents.control.DocumentInput;
import nl.dorpskracht.documents.control.DocumentLimits;
import nl.dorpskracht.documents.control.DocumentView;
import nl.dorpskracht.documents.control.DownloadReport;
import nl.dorpskracht.documents.control.SpooledFile;
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

/**
 * The tenant's document library and other tenants' national documents. Readers (contact persons, admins, ambassadors,
 * national office) list and download; admins upload, describe and delete their own and see who of their own association
 * downloaded.
 */
@Path("/v1/{tenant}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Documents", description = "The document library: folders, files, downloads")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a document that is neither the"
        + " tenant's nor another tenant's national one (problem DOCUMENT_NOT_FOUND)")
public class DocumentsResource {

    private static final List<FieldError> NO_ERRORS = List.of();

    @Inject
    DocumentService documents;

    @Inject
    DocumentDownloads downloads;

    @Inject
    DocumentLimits limits;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "Documents, newest first: scope=local (the tenant's own, default; folder=<id> for one folder)"
            + " or national (other tenants' national ones); page (from 0) and size (1-100, default 50). Admins get"
            + " download counts of their own")
    @APIResponse(responseCode = "400", description = "Bad scope, folder or paging (problem INVALID_PARAMETER)")
    public List<DocumentView> list(@QueryParam("scope") String scope, @QueryParam("folder") String folder,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        DocumentService.Scope chosen = scope == null || scope.isBlank() ? DocumentService.Scope.LOCAL : null;
        if (chosen == null) {
            try {
                chosen = DocumentService.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("scope");
            }
        }
        UUID folderId = null;
        if (folder != null && !folder.isBlank()) {
            try {
                folderId = UUID.fromString(folder.strip());
            } catch (IllegalArgumentException e) {
                throw invalid("folder");
            }
        }
        return documents.list(chosen, folderId, number("page", page, 0, 0, 100_000),
                number("size", size, 50, 1, DocumentService.MAX_PAGE_SIZE));
    }

    @POST
    // not text/plain or a form: that is what another site's <form> can send without the browser asking
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Upload a file as the request body; fileName (with extension), folderId, title (default: the"
            + " file name), description, visibility (MEMBERS default, PUBLIC), national (a national tenant only) as"
            + " query parameters. The type is decided by the content and must agree with the extension: pdf, docx,"
            + " xlsx, pptx, odt, ods, odp, txt, csv, png, jpg/jpeg, mp4")
    @APIResponse(responseCode = "201", description = "Created; Location header and the document")
    @APIResponse(responseCode = "403", description = "Not an admin (FORBIDDEN); national from a province"
            + " (NATIONAL_DOCUMENT_NOT_ALLOWED)")
    @APIResponse(responseCode = "413", description = "Larger than the limit (DOCUMENT_TOO_LARGE, 25 MB by default) or"
            + " past the association's quota (DOCUMENT_QUOTA_EXCEEDED)")
    @APIResponse(responseCode = "415", description = "An extension the library does not take"
            + " (DOCUMENT_TYPE_NOT_ALLOWED) or content that is not what the extension says (DOCUMENT_CONTENT_MISMATCH)")
    @APIResponse(responseCode = "422", description = "Empty file (DOCUMENT_EMPTY), no file name"
            + " (DOCUMENT_FILE_NAME_MISSING), field errors (VALIDATION_FAILED)")
    public Response upload(InputStream body, @QueryParam("fileName") String fileName,
            @QueryParam("folderId") String folderId, @QueryParam("title") String title,
            @QueryParam("description") String description, @QueryParam("visibility") String visibility,
            @QueryParam("national") String national, @HeaderParam("Content-Length") Long declaredLength,
            @Context UriInfo uri) {
        if (declaredLength != null && declaredLength > limits.maxFileBytes()) {
            throw SpooledFile.tooLarge(limits.maxFileBytes());
        }
        if (fileName == null || fileName.isBlank()) {
            throw new ProblemException(ProblemCode.DOCUMENT_FILE_NAME_MISSING);
        }
        DocumentInput input = new DocumentInput(folderId, title, description, visibility, yes(national));
        try (SpooledFile file = SpooledFile.of(body, limits.maxFileBytes())) {
            DocumentView created = documents.upload(fileName, input, file);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "One document's metadata: the tenant's own or another tenant's national one")
    public DocumentView read(@PathParam("id") String id) {
        return documents.find(RequestParts.id(id, ProblemCode.DOCUMENT_NOT_FOUND));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New metadata of an own document (folderId, title, description, visibility, national); the"
            + " file stays. The body carries the version read, a stale one gives 409")
    public DocumentView update(@PathParam("id") String id, DocumentRequest request) {
        DocumentRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return documents.update(RequestParts.id(id, ProblemCode.DOCUMENT_NOT_FOUND), body.version(), body.input());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an own document with its file and download log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        documents.delete(RequestParts.id(id, ProblemCode.DOCUMENT_NOT_FOUND));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "Download the file (as an attachment, streamed); a members-only one is logged in the"
            + " downloader's own tenant")
    @APIResponse(responseCode = "200", description = "The file, with Content-Disposition and"
            + " X-Content-Type-Options: nosniff")
    public Response content(@PathParam("id") String id) {
        return DocumentStream.response(downloads, downloads.start(RequestParts.id(id, ProblemCode.DOCUMENT_NOT_FOUND)));
    }

    @GET
    @Path("{id}/downloads")
    @Operation(summary = "Who of the tenant's own association downloaded the document (newest first, at most 500),"
            + " and for an own document how often it was downloaded in all tenants together - never by whom elsewhere")
    public DownloadReport downloadLog(@PathParam("id") String id) {
        return downloads.report(RequestParts.id(id, ProblemCode.DOCUMENT_NOT_FOUND));
    }

    private static Boolean yes(String value) {
        return value != null && List.of("true", "ja", "1", "yes").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static int number(String field, String value, int fallback, int min, int max) {
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
