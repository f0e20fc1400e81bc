package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.EventCancelled;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * When a host cancels an event, everyone registered hears it, province by province: each tenant's registrations are
 * read and their mails written to the outbox in that tenant, right after the cancellation committed, on the request's
 * own thread (no executor that could refuse the work or lose it at a stop).
 */
@ApplicationScoped
public class EventCancellationMails {

    private static final Logger LOG = Logger.getLogger(EventCancellationMails.class.getName());

    @Inject
    TenantRegistry tenants;

    @Inject
    CancellationNotices notices;

    void eventCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventCancelled cancelled) {
        for (Tenant tenant : tenants.all()) {
            try {
                notices.tell(tenant.code(), cancelled.event());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Cancellation mails for event " + cancelled.event().id() + " in " + tenant.code()
                        + " not sent: " + e.getClass().getName());
            }
        }
    }
}
