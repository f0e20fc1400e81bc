package nl.dorpskracht.outbox.control;

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
import nl.dorpskracht.platform.mail.MailSender;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends what the outbox holds: every {@code DORPSKRACHT_MAIL_POLL_SECONDS}, tenant by tenant, composes what waits to be
 * composed and delivers due mails a batch at a time ({@link OutboxRound}). Several instances may run this at once on
 * one database: claims skip each other's rows.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** A round stops after this many full batches per tenant, so one tenant's backlog never starves the others. */
    private static final int BATCHES_PER_ROUND = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenantRegistry tenants;

    @Inject
    OutboxTransactions transactions;

    @Inject
    OutboxComposition composition;

    @Inject
    MailSender sender;

    private OutboxSettings settings;
    private OutboxRound round;
    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        settings = OutboxSettings.from(ConfigProvider.getConfig());
        round = new OutboxRound(transactions, sender::deliverAll, settings);
        rounds = scheduler.scheduleWithFixedDelay(this::round, 1, settings.pollSeconds(), TimeUnit.SECONDS);
        LOG.info(() -> "The mail outbox is looked at every " + settings.pollSeconds() + " s");
    }

    void round() {
        try {
            tenants.all().forEach(this::deliver);
        } catch (RuntimeException e) {
            // An exception escaping a round would cancel every later round.
            LOG.log(Level.WARNING, "Outbox round failed: " + e.getClass().getName());
        }
    }

    private void deliver(Tenant tenant) {
        try {
            composition.composeDue(tenant.code(), settings.batch());
            for (int batch = 0; batch < BATCHES_PER_ROUND; batch++) {
                OutboxRound.Result result = round.deliver(tenant.code());
                if (result.claimed() < settings.batch()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // One tenant's trouble must not stop the others' mail.
            LOG.log(Level.WARNING, "Outbox of " + tenant.code() + " failed: " + e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
