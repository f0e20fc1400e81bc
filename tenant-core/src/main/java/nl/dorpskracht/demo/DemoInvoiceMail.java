package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo payment reminders (14 and 30 days overdue, friendly) for every demo province, and an address of its own for the
 * municipality that pays for the most OVKK villages (OVKK bills each municipality), seeded idempotently after the demo
 * contributions when {@code DORPSKRACHT_DEMO=true}.
 */
@ApplicationScoped
public class DemoInvoiceMail {

    private static final Logger LOG = Logger.getLogger(DemoInvoiceMail.class.getName());

    static final List<String> TENANTS = List.of("vkkl", "zhvkk", "ovkk");
    static final String MUNICIPALITY_PAYS = "ovkk";

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoInvoiceMailWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 610) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        for (String tenant : TENANTS) {
            writer.addMissing(tenant, tenant.equals(MUNICIPALITY_PAYS));
        }
        LOG.info(() -> "Demo reminder schedules present for " + TENANTS.size() + " tenants");
    }
}
