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
 * The demo afdracht, seeded idempotently after the demo members and contributions when {@code DORPSKRACHT_DEMO=true}:
 * LVKK's 2026 rule (per member organisation, dorpshuizen more), invoices to Limburg and Zuid-Holland (Overijssel's is
 * left to issue by hand), and Limburg's report that it paid.
 */
@ApplicationScoped
public class DemoRemittance {

    private static final Logger LOG = Logger.getLogger(DemoRemittance.class.getName());

    static final String NATIONAL = "lvkk";
    static final int YEAR = 2026;
    static final List<String> INVOICED = List.of("vkkl", "zhvkk");
    static final String PAID = "vkkl";

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoRemittanceWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 970) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        writer.ruleAndInvoices();
        writer.paidBy(PAID);
        LOG.info(() -> "Demo afdracht present for " + YEAR);
    }
}
