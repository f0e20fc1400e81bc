package nl.dorpskracht.admin.contributions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.dorpskracht.contributions.boundary.InvoiceDeliveryService;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.tenancy.boundary.TenantRoles;
import nl.dorpskracht.tenancy.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** When the association reminds late payers, and in what tone. */
@Path("/v1/{tenant}/contributions/reminder-schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@TenantRoles({ Role.TENANT_ADMIN, Role.TREASURER })
@Tag(name = "Invoices", description = "Contribution invoices, payments and the invoice PDF")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (problem NOT_AUTHENTICATED)")
@APIResponse(responseCode = "403", description = "A grant in the tenant, but not TENANT_ADMIN or TREASURER (FORBIDDEN)")
@APIResponse(responseCode = "404", description = "Unknown tenant or no grant in it")
public class ReminderScheduleResource {

    @Inject
    InvoiceDeliveryService delivery;

    public record ScheduleRequest(List<Integer> days, String tone, Long version) {
    }

    public record ScheduleView(List<Integer> days, String tone, long version) {
        static ScheduleView of(ReminderSchedule schedule) {
            return new ScheduleView(schedule.days(), schedule.tone().name(), schedule.version());
        }
    }

    @GET
    @Operation(summary = "The reminder schedule: days overdue per step (empty: no reminders), tone VRIENDELIJK or"
            + " ZAKELIJK, version (0 while none is stored)")
    public ScheduleView schedule() {
        return ScheduleView.of(delivery.schedule());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the schedule: {days: up to 5 different day counts 1..365, tone?, version?}; an open"
            + " invoice gets a reminder with its PDF when the days of a step have passed since its due date, once per"
            + " step, none once paid or cancelled")
    @APIResponse(responseCode = "409", description = "Stale version (problem VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "Field errors (problem VALIDATION_FAILED)")
    public ScheduleView save(ScheduleRequest request) {
        ScheduleRequest body = RequestParts.body(request);
        return ScheduleView.of(delivery.saveSchedule(body.days(), body.tone(), body.version()));
    }
}
