package nl.dorpskracht.contributions.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code DORPSKRACHT_PAYMENT_REMINDER_INTERVAL_SECONDS} (default 3600) records, tenant by tenant, the payment
 * reminders that are due ({@link PaymentReminders}); the outbox sends them. Starts once the database is migrated; a
 * round starts after the previous one ended. Running it more often changes nothing but how soon a reminder leaves.
 */
@ApplicationScoped
public class PaymentReminderJob {

    private static final Logger LOG = Logger.getLogger(PaymentReminderJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "dorpskracht.payment-reminder.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    @Inject
    TenantRegistry tenants;

    @Inject
    PaymentReminders reminders;

    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        long interval = Math.max(1, intervalSeconds);
        rounds = scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.SECONDS);
        LOG.info(() -> "Payment reminders are looked for every " + interval + " s");
    }

    void round() {
        try {
            LocalDate today = LocalDate.now(DutchTime.ZONE);
            tenants.all().forEach(tenant -> remind(tenant, today));
        } catch (RuntimeException e) {
            // An exception escaping a round would cancel every later round.
            LOG.log(Level.WARNING, "Payment reminder round failed: " + e.getClass().getName());
        }
    }

    private void remind(Tenant tenant, LocalDate today) {
        try {
            int sent = reminders.remind(tenant.code(), today);
            if (sent > 0) {
                LOG.info(() -> "Payment reminders of " + tenant.code() + ": " + sent + " written to the outbox");
            }
        } catch (RuntimeException e) {
            // One tenant's trouble must not stop the others' reminders.
            LOG.log(Level.WARNING, "Payment reminders of " + tenant.code() + " failed: " + e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
