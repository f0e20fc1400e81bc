package nl.dorpskracht.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.dorpskracht.contributions.entity.PayerKind;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.platform.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo contribution plans, a SEPA creditor per province and a few mandates, seeded idempotently after the demo members
 * when {@code DORPSKRACHT_DEMO=true}: VKKL bills by number of inhabitants, ZHVKK a flat amount, OVKK bills each
 * municipality for its villages.
 */
@ApplicationScoped
public class DemoContributions {

    private static final Logger LOG = Logger.getLogger(DemoContributions.class.getName());

    static final List<DemoPlan> PLANS = List.of(
            new DemoPlan("vkkl", "Contributie naar inwonertal", PlanKind.TIERED, 5000,
                    List.of(new Tier(1000, 7500), new Tier(2500, 10000), new Tier(5000, 15000)), PayerKind.ORGANISATION,
                    new DemoCreditor("Vereniging Kleine Kernen Limburg", "NL39RABO0300065264", "RABONL2U", "14031956")),
            new DemoPlan("zhvkk", "Vaste contributie", PlanKind.FLAT, 6000, List.of(), PayerKind.ORGANISATION,
                    new DemoCreditor("Zuid-Hollandse Vereniging van Kleine Kernen", "NL20INGB0001234567", "INGBNL2A",
                            "27019283")),
            new DemoPlan("ovkk", "Contributie via de gemeente", PlanKind.MUNICIPALITY, 4000, List.of(),
                    PayerKind.MUNICIPALITY, new DemoCreditor("Overijsselse Vereniging van Krachtige Kernen",
                            "NL91ABNA0417164300", "ABNANL2A", "05068877")));

    /** How many members of each province get a demo mandate (the first ones by name). */
    static final int MANDATES = 6;

    @Inject
    @ConfigProperty(name = "dorpskracht.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoContributionWriter writer;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        for (DemoPlan plan : PLANS) {
            writer.addMissing(plan);
        }
        LOG.info(() -> "Demo contributions present for " + PLANS.size() + " tenants");
    }

    record DemoCreditor(String name, String iban, String bic, String chamberOfCommerce) {
    }

    record DemoPlan(String tenant, String name, PlanKind kind, long amountCents, List<Tier> tiers, PayerKind payer,
            DemoCreditor creditor) {
    }
}
