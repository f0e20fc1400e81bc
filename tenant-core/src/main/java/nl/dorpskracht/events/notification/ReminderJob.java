package nl.dorpskracht.events.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code DORPSKRACHT_REMINDER_INTERVAL_SECONDS} (default 900) looks, tenant by tenant, for reminders that are due
 * ({@link DueReminders}). Starts only once the database is migrated; a round starts after the previous one ended.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "dorpskracht.reminder.interval-seconds", defaultValue = "900")
    long intervalSeconds;

    @Inject
    TenantRegistry tenants;

    @Inject
    DueReminders reminders;

    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        long interval = Math.max(1, intervalSeconds);
        rounds = scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.SECONDS);
        LOG.info(() -> "Event reminders are looked for every " + interval + " s");
    }

    void round() {
        try {
            tenants.all().forEach(this::remind);
        } catch (RuntimeException e) {
            // An exception escaping a round would cancel every later round.
            LOG.log(Level.WARNING, "Reminder round failed: " + e.getClass().getName());
        }
    }

    private void remind(Tenant tenant) {
        try {
            int sent = reminders.remind(tenant.code());
            if (sent > 0) {
                LOG.info(() -> "Reminders of " + tenant.code() + ": " + sent + " written to the outbox");
            }
        } catch (RuntimeException e) {
            // One tenant's trouble (a lock, a conflicting edit) must not stop the others' reminders.
            LOG.log(Level.WARNING, "Reminders of " + tenant.code() + " failed: " + e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
