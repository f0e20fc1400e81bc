package nl.dorpskracht.admin.newsletters;

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
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.newsletters.boundary.NewsletterArchive;
import nl.dorpskracht.newsletters.boundary.Newsletters;
import nl.dorpskracht.newsletters.control.Progress;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
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
 * The association's newsletters: its admin writes, previews and sends them; the national office reads the counts;
 * contact persons read the sent ones (the archive). Who unsubscribed is shown to the association's own admin only.
 */
@Path("/v1/{tenant}/newsletters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Newsletters", description = "Newsletters from chosen news items, sent through the outbox, and their archive")
@SecurityRequirement(name = "basic")
public class NewslettersResource {

    @Inject
    Newsletters newsletters;

    @Inject
    NewsletterArchive archive;

    public record PreviewView(String subject, String html, String text) {
    }

    public record UnsubscribedView(UUID contactId, UUID memberId, String name, String unsubscribedAt) {
    }

    @GET
    @TenantRoles({ Role.TENANT_ADMIN, Role.NATIONAL_OFFICE })
    @Operation(summary = "The newsletters, newest first (drafts too), with their status")
    public List<NewsletterView> list() {
        return newsletters.list().stream().map(NewsletterView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a draft: title, intro, items (ids of own published or national news, in order; at most"
            + " 20)")
    public Response create(NewsletterRequest request, @Context UriInfo uri) {
        NewsletterView created = NewsletterView.of(newsletters.create(RequestParts.body(request).input()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("archive")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "Sent newsletters as they went out, newest first, for the association's members")
    public List<NewsletterArchive.Issue> archive() {
        return archive.memberIssues(NewsletterArchive.MAX);
    }

    @GET
    @Path("archive/{id}")
    @TenantRoles({ Role.TENANT_ADMIN, Role.MEMBER_CONTACT })
    @Operation(summary = "One sent newsletter as it went out")
    public NewsletterArchive.Issue archived(@PathParam("id") String id) {
        return archive.memberIssue(newsletterId(id))
                .orElseThrow(() -> new ProblemException(ProblemCode.NEWSLETTER_NOT_FOUND));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One newsletter with its sections")
    public NewsletterView read(@PathParam("id") String id) {
        return NewsletterView.of(newsletters.find(newsletterId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rewrite a draft (title, intro, items, version); a sent one gives 409 NEWSLETTER_NOT_DRAFT,"
            + " a stale version 409 VERSION_CONFLICT")
    public NewsletterView update(@PathParam("id") String id, NewsletterRequest request) {
        NewsletterRequest body = RequestParts.body(request);
        return NewsletterView.of(newsletters.update(newsletterId(id), version(body.version()), body.input()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft")
    public Response delete(@PathParam("id") String id) {
        newsletters.delete(newsletterId(id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/preview")
    @Operation(summary = "The mail as it will arrive: subject, HTML and plain text, with an example unsubscribe link")
    public PreviewView preview(@PathParam("id") String id) {
        UUID newsletter = newsletterId(id);
        Bodies bodies = newsletters.preview(newsletter);
        return new PreviewView(newsletters.find(newsletter).title(), bodies.html(), bodies.text());
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send once to every contact person with newsletter consent (one mail per address): body"
            + " {version, publicIssue}; answers 202 with the progress; a second send gives 409 NEWSLETTER_NOT_DRAFT")
    public Response send(@PathParam("id") String id, SendRequest request) {
        SendRequest body = RequestParts.body(request);
        Progress progress = newsletters.send(newsletterId(id), version(body.version()),
                Boolean.TRUE.equals(body.publicIssue()));
        return Response.accepted(progress).build();
    }

    @GET
    @Path("{id}/progress")
    @TenantRoles({ Role.TENANT_ADMIN, Role.NATIONAL_OFFICE })
    @Operation(summary = "Counts: recipients, queued, skipped, waiting, sent, failed, unsubscribed since")
    public Progress progress(@PathParam("id") String id) {
        return newsletters.progress(newsletterId(id));
    }

    @GET
    @Path("{id}/unsubscribed")
    @Operation(summary = "The association's own contact persons who unsubscribed through this newsletter")
    public List<UnsubscribedView> unsubscribed(@PathParam("id") String id) {
        return newsletters.unsubscribed(newsletterId(id)).stream().map(NewslettersResource::unsubscribedView).toList();
    }

    private static UnsubscribedView unsubscribedView(Map<String, Object> row) {
        return new UnsubscribedView(UUID.fromString((String) row.get("id")),
                UUID.fromString((String) row.get("organisation_id")), (String) row.get("name"),
                String.valueOf(row.get("unsubscribed_at")));
    }

    private static UUID newsletterId(String id) {
        return RequestParts.id(id, ProblemCode.NEWSLETTER_NOT_FOUND);
    }

    private static long version(Long version) {
        if (version == null) {
            throw ProblemException.invalid(List.of(FieldError.field("version", "required.version")));
        }
        return version;
    }
}
