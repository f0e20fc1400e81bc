package nl.dorpskracht.admin.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.dorpskracht.documents.boundary.DocumentFolders;
import nl.dorpskracht.documents.entity.DocumentFolder;
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

/** The folders of the tenant's document library: readers list them, admins write them. */
@Path("/v1/{tenant}/document-folders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Documents", description = "The document library: folders, files, downloads")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "404", description = "Unknown tenant, no grant in it, or a folder that is not the tenant's"
        + " (problem DOCUMENT_FOLDER_NOT_FOUND)")
public class FoldersResource {

    @Inject
    DocumentFolders folders;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.REGIONAL_AMBASSADOR, Role.NATIONAL_OFFICE })
    @Operation(summary = "The tenant's folders, in their order")
    public List<FolderView> list() {
        return folders.list().stream().map(FolderView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a folder: name (at most 120, unique in the tenant), description, position")
    @APIResponse(responseCode = "201", description = "Created; Location header and the folder")
    @APIResponse(responseCode = "409", description = "The name is taken (problem DOCUMENT_FOLDER_DUPLICATE)")
    public Response create(FolderRequest request, @Context UriInfo uri) {
        DocumentFolder created = folders.create(RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(FolderView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename or move a folder; the body carries the version read, a stale one gives 409")
    public FolderView update(@PathParam("id") String id, FolderRequest request) {
        FolderRequest body = RequestParts.body(request);
        if (body.version() == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return FolderView.of(folders.update(RequestParts.id(id, ProblemCode.DOCUMENT_FOLDER_NOT_FOUND), body.version(),
                body.input()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an empty folder")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It still holds documents (problem DOCUMENT_FOLDER_NOT_EMPTY)")
    public Response delete(@PathParam("id") String id) {
        folders.delete(RequestParts.id(id, ProblemCode.DOCUMENT_FOLDER_NOT_FOUND));
        return Response.noContent().build();
    }
}
