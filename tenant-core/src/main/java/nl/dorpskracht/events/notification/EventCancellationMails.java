package nl.dorpskracht.events.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.EventCancelled;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * When a host cancels an event, everyone registered hears it, province by province: each tenant's registrations are
 * read and mailed in that tenant, after the cancellation committed.
 */
@ApplicationScoped
public class EventCancellationMails {

    private static final Logger LOG = Logger.getLogger(EventCancellationMails.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    TenantRegistry tenants;

    @Inject
    CancellationNotices notices;

    void eventCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventCancelled cancelled) {
        try {
            executor.execute(() -> tellEveryTenant(cancelled));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Cancellation mails for event " + cancelled.event().id() + " not sent: no worker");
        }
    }

    private void tellEveryTenant(EventCancelled cancelled) {
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
