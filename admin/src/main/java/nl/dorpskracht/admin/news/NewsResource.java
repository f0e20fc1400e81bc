package nl.dorpskracht.admin.news;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.dorpskracht.news.boundary.NewsService;
import nl.dorpskracht.news.control.NewsPage;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * News items of the tenant in the path. Admins write, publish, archive, and approve or reject what member organisations
 * submit; a contact person submits items for their own organisation and reads published news (the tenant's own and
 * national items of the national association). Bodies are sanitised HTML.
 */
@Path("/v1/{tenant}/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "News", description = "News items: drafts, submissions by member organisations, published and national")
@SecurityRequirement(name = "basic")
public class NewsResource {

    @Inject
    NewsService news;

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "News items as their writers see them: an admin all of the tenant's, a contact person their"
            + " organisation's submissions; status=DRAFT|SUBMITTED|PUBLISHED|REJECTED|ARCHIVED filters, first and size"
            + " (at most 100) page; 'submitted' counts the items waiting for review")
    public NewsPage list(@QueryParam("status") String status, @QueryParam("first") Integer first,
            @QueryParam("size") Integer size) {
        return news.list(status(status), first == null ? 0 : first, size == null ? 20 : size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Write an item: an admin's is a DRAFT, a contact person's is SUBMITTED for their own"
            + " organisation; title (200), summary (500), body (HTML, sanitised, 100 kB), audience MEMBERS|PUBLIC,"
            + " national (the national association only)")
    public Response create(NewsRequest request, @Context UriInfo uri) {
        NewsView created = news.create(RequestParts.body(request).input());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT, Role.NATIONAL_OFFICE })
    @Operation(summary = "One item: one the caller writes (with status, version, rejection reason), or a published"
            + " one of the tenant, or a published national one of another tenant")
    public NewsView read(@PathParam("id") String id) {
        return news.find(newsId(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Rewrite an item (a contact person their organisation's while it is not published); the body"
            + " carries the version read, a stale one gives 409")
    public NewsView update(@PathParam("id") String id, NewsRequest request) {
        NewsRequest body = RequestParts.body(request);
        requireVersion(body.version());
        return news.update(newsId(id), body.version(), body.input());
    }

    @DELETE
    @Path("{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Delete a draft or a rejected item")
    public Response delete(@PathParam("id") String id) {
        news.delete(newsId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Hand an organisation's draft or rejected item in for review again; body {version}")
    public NewsView submit(@PathParam("id") String id, NewsStepRequest request) {
        return news.submit(newsId(id), version(request));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a draft or approve a submission; body {version}")
    public NewsView publish(@PathParam("id") String id, NewsStepRequest request) {
        return news.publish(newsId(id), version(request));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a submission with a reason the organisation reads; body {version, reason}")
    public NewsView reject(@PathParam("id") String id, NewsStepRequest request) {
        NewsStepRequest body = RequestParts.body(request);
        requireVersion(body.version());
        return news.reject(newsId(id), body.version(), body.reason());
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive a published item; body {version}")
    public NewsView archive(@PathParam("id") String id, NewsStepRequest request) {
        return news.archive(newsId(id), version(request));
    }

    static UUID newsId(String id) {
        return RequestParts.id(id, ProblemCode.NEWS_NOT_FOUND);
    }

    private static Long version(NewsStepRequest request) {
        Long version = RequestParts.body(request).version();
        requireVersion(version);
        return version;
    }

    private static void requireVersion(Long version) {
        if (version == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
    }

    private static NewsStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NewsStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                    List.of(FieldError.field("status", "invalid.value")));
        }
    }
}
