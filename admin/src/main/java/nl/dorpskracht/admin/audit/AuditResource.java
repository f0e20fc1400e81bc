package nl.dorpskracht.admin.audit;

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
import nl.dorpskracht.security.audit.boundary.AuditTrail;
import nl.dorpskracht.security.audit.control.AuditSearch;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's audit log: every admin write and export, newest first. */
@Path("/v1/{tenant}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles(Role.TENANT_ADMIN)
@Tag(name = "Audit", description = "Who changed or exported what, when")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditTrail trail;

    public record EntryView(UUID id, OffsetDateTime occurredAt, String actor, String action, String entityType,
            String entityId, String changes) {
        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.entityType(),
                    entry.entityId(), entry.changes());
        }
    }

    public record PageView(List<EntryView> items, long total, int page, int size) {
    }

    @GET
    @Operation(summary = "Browse the audit log; filter by actor (part of the e-mail), action, entity type and id, "
            + "and dates from/to (inclusive)")
    public PageView search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditTrail.Page found = trail
                .search(AuditSearch.parse(actor, action, entityType, entityId, from, to, page, size));
        return new PageView(found.items().stream().map(EntryView::of).toList(), found.total(), found.page(),
                found.size());
    }
}
