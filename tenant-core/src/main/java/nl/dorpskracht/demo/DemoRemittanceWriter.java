package nl.dorpskracht.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.remittance.control.RemittanceQueries;
import nl.dorpskracht.remittance.control.RemittanceQueries.Counts;
import nl.dorpskracht.remittance.entity.RemittanceBasis;
import nl.dorpskracht.remittance.entity.RemittanceInvoice;
import nl.dorpskracht.remittance.entity.RemittanceRule;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/** Seeding is system code, not a request: it names its tenant itself, like {@link DemoContributionWriter}. */
@ApplicationScoped
@Transactional
public class DemoRemittanceWriter {

    private static final String BY = "demo";

    @Inject
    TenantWork tenantWork;

    @Inject
    RemittanceQueries queries;

    public void ruleAndInvoices() {
        tenantWork.workIn(DemoRemittance.NATIONAL);
        int year = DemoRemittance.YEAR;
        if (queries.ownRule(year, false).isEmpty()) {
            queries.saveRule(new RemittanceRule(year, RemittanceBasis.PER_MEMBER, 2500, 0, Map.of("DORPSHUIS", 4000L),
                    LocalDate.of(year, 1, 1), 0), BY);
        }
        RemittanceRule rule = queries.ownRule(year, false).orElseThrow();
        Map<String, Counts> counts = queries.federationCounts(year);
        LocalDate issued = LocalDate.of(year, 3, 1);
        for (String province : DemoRemittance.INVOICED) {
            if (!queries.invoiceExists(province, year)) {
                Counts of = counts.getOrDefault(province, new Counts(Map.of(), 0));
                queries.insertInvoice(UUID.randomUUID(), year, queries.nextNumber(year), province, rule, of,
                        rule.due(of.perType(), of.receivedCents()), issued, issued.plusDays(30), BY);
            }
        }
    }

    public void paidBy(String province) {
        tenantWork.workIn(province);
        for (RemittanceInvoice invoice : queries.invoices(false, DemoRemittance.YEAR, null)) {
            if (invoice.paid() == null && invoice.amountCents() > 0) {
                queries.recordPaid(invoice.id(), invoice.national(), invoice.issuedOn().plusDays(14),
                        invoice.amountCents(), "Afdracht " + DemoRemittance.YEAR, BY);
            }
        }
    }
}
