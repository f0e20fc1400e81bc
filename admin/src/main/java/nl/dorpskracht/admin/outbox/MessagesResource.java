package nl.dorpskracht.admin.outbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.outbox.boundary.SentMessages;
import nl.dorpskracht.outbox.control.MessageSearch;
import nl.dorpskracht.outbox.entity.OutboxMessage;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's outbox: every mail sent or to be sent on its behalf, newest first; never a body. */
@Path("/v1/{tenant}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Messages", description = "Mail sent on the tenant's behalf, and where each stands")
@SecurityRequirement(name = "basic")
public class MessagesResource {

    @Inject
    SentMessages messages;

    public record MessageView(UUID id, String kind, String recipient, String status, int attempts,
            OffsetDateTime createdAt, OffsetDateTime sentAt, String lastError) {
        static MessageView of(OutboxMessage message) {
            return new MessageView(message.id(), message.kind(), message.recipient(), message.status().name(),
                    message.attempts(), message.createdAt(), message.sentAt(), message.lastError());
        }
    }

    public record PageView(List<MessageView> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "Browse the outbox; filter by status (PENDING, SENDING, SENT, FAILED, NOT_SENT) and kind; "
            + "page size 1-100")
    public PageView search(@QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        SentMessages.Page found = messages.search(MessageSearch.parse(status, kind, page, size));
        return new PageView(found.items().stream().map(MessageView::of).toList(), found.total(), found.page(),
                found.size());
    }
}
