package nl.dorpskracht.newsletters.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hands a newsletter to the outbox after the send committed, {@link #BATCH} recipients per transaction, away from the
 * request (the page shows the progress meanwhile). Every {@link #RESUME_SECONDS} it also looks for newsletters left
 * SENDING by a stop and finishes them; two instances doing so at once skip each other's locked recipients.
 */
@ApplicationScoped
public class NewsletterDispatch {

    private static final Logger LOG = Logger.getLogger(NewsletterDispatch.class.getName());
    /** Recipients per transaction: long enough to be cheap, short enough to hold no lock for long (about a second). */
    public static final int BATCH = 500;
    private static final long RESUME_SECONDS = 60;
    private static final String LOCAL_DEFAULT = "http://localhost:8080/";

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NewsletterBatches batches;

    @Inject
    TenantRegistry tenants;

    private ScheduledFuture<?> resumes;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewsletterSendingStarted sending) {
        executor.submit(() -> drain(sending.tenant(), sending.newsletter()));
    }

    void start(@Observes DatabaseReady ready) {
        resumes = executor.scheduleWithFixedDelay(this::resume, RESUME_SECONDS, RESUME_SECONDS, TimeUnit.SECONDS);
    }

    /** Queues every batch of the newsletter, then marks it sent. */
    public void drain(String tenant, UUID newsletter) {
        try {
            while (batches.queueBatch(tenant, newsletter, BATCH) > 0) {
                // next batch, in a transaction of its own
            }
            batches.finish(tenant, newsletter);
        } catch (RuntimeException e) {
            // the next resume round picks up what is left; no address or name in the log
            LOG.log(Level.WARNING, "Newsletter " + newsletter + " of " + tenant + " paused: " + e.getClass().getName());
        }
    }

    void resume() {
        try {
            for (Tenant tenant : tenants.all()) {
                batches.sending(tenant.code()).forEach(newsletter -> drain(tenant.code(), newsletter));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsletter resume round failed: " + e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (resumes != null) {
            resumes.cancel(false);
        }
    }

    /** Where links in mails point ({@code DORPSKRACHT_BASE_URL}), as the password reset mail does. */
    public static String baseUrl() {
        String url = ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class)
                .map(String::strip).filter(value -> !value.isEmpty()).orElse(LOCAL_DEFAULT);
        return url.endsWith("/") ? url : url + "/";
    }
}
