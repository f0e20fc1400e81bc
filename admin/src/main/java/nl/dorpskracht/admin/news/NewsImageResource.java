package nl.dorpskracht.admin.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.dorpskracht.news.boundary.NewsFileService;
import nl.dorpskracht.news.control.NewsFileView;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one image of a news item: JPEG, PNG or WebP up to 2 MB, checked on its bytes. */
@Path("/v1/{tenant}/news/{newsId}/image")
@RequestScoped
@TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
@Tag(name = "News")
@SecurityRequirement(name = "basic")
public class NewsImageResource {

    @Inject
    NewsFileService files;

    @PUT
    @Consumes({ "application/octet-stream", "image/jpeg", "image/png", "image/webp" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or replace the item's image: the raw bytes as the body, the file name in X-File-Name"
            + " (percent-encoded UTF-8); 413 NEWS_FILE_TOO_LARGE over 2 MB, 415 NEWS_FILE_TYPE when not an image")
    public NewsFileView put(@PathParam("newsId") String newsId, InputStream body,
            @HeaderParam(NewsUpload.FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Length") Long declaredLength) {
        byte[] bytes = NewsUpload.read(body, declaredLength, FileKind.IMAGE);
        return files.putImage(NewsResource.newsId(newsId), NewsUpload.fileName(fileName), bytes);
    }

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.NATIONAL_OFFICE })
    @Produces({ "image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON })
    @Operation(summary = "The item's image, for whoever may read the item")
    public Response get(@PathParam("newsId") String newsId) {
        return NewsUpload.download(files.image(NewsResource.newsId(newsId)), true);
    }
}
