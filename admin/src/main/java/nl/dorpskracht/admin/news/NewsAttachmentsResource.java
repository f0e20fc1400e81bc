package nl.dorpskracht.admin.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.dorpskracht.news.boundary.NewsFileService;
import nl.dorpskracht.news.control.NewsFileView;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attachments of a news item: at most five, PDF or office documents up to 10 MB, checked on their bytes. */
@Path("/v1/{tenant}/news/{newsId}/attachments")
@RequestScoped
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
@Tag(name = "News")
@SecurityRequirement(name = "basic")
public class NewsAttachmentsResource {

    @Inject
    NewsFileService files;

    @POST
    @Consumes({ "application/octet-stream", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an attachment: the raw bytes as the body, the file name in X-File-Name (percent-encoded"
            + " UTF-8); 413 NEWS_FILE_TOO_LARGE over 10 MB, 415 NEWS_FILE_TYPE, 409 NEWS_TOO_MANY_ATTACHMENTS")
    public Response add(@PathParam("newsId") String newsId, InputStream body,
            @HeaderParam(NewsUpload.FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Length") Long declaredLength) {
        byte[] bytes = NewsUpload.read(body, declaredLength, FileKind.ATTACHMENT);
        NewsFileView added = files.addAttachment(NewsResource.newsId(newsId), NewsUpload.fileName(fileName), bytes);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Path("{fileId}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.NATIONAL_OFFICE })
    @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
    @Operation(summary = "One attachment, for whoever may read the item")
    public Response get(@PathParam("newsId") String newsId, @PathParam("fileId") String fileId) {
        return NewsUpload.download(
                files.attachment(NewsResource.newsId(newsId), RequestParts.id(fileId, ProblemCode.NEWS_FILE_NOT_FOUND)),
                false);
    }

    @DELETE
    @Path("{fileId}")
    @Operation(summary = "Remove an attachment while the item may be changed")
    public Response delete(@PathParam("newsId") String newsId, @PathParam("fileId") String fileId) {
        files.removeAttachment(NewsResource.newsId(newsId), RequestParts.id(fileId, ProblemCode.NEWS_FILE_NOT_FOUND));
        return Response.noContent().build();
    }
}
