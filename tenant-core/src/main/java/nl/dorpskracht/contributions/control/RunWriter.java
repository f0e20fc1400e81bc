package nl.dorpskracht.contributions.control;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.contributions.entity.ContributionPlan;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceCounter;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.MemberContribution;
import nl.dorpskracht.contributions.entity.MunicipalityPayer;
import nl.dorpskracht.contributions.entity.Payer;
import nl.dorpskracht.contributions.entity.PayerKind;
import nl.dorpskracht.contributions.entity.PlanDetails;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.platform.database.Datasources;

/**
 * The transactions of a contribution run in the background. There is no request here, so every method names its tenant
 * and binds it to the persistence context itself before the first query (as seeding does); row-level security then
 * holds the same line on the connection.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class RunWriter {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    InvoiceMails mails;

    /**
     * Who is to be billed: active members with an active plan, not yet on an invoice of the year, grouped by payer and
     * sorted by payer name (so numbers follow the alphabet). Payers that already have an invoice of the year are
     * counted as skipped straight away.
     */
    public List<PlannedInvoice> plan(String tenant, UUID runId) {
        bind(tenant);
        ContributionRun run = entityManager.find(ContributionRun.class, runId);
        int year = run.year();
        Map<UUID, ContributionPlan> plans = new LinkedHashMap<>();
        entityManager.createQuery("select p from ContributionPlan p where p.active = true", ContributionPlan.class)
                .getResultStream().forEach(plan -> plans.put(plan.id(), plan));
        Map<UUID, List<Tier>> tiers = PlanQueries.tiers(entityManager);
        Set<UUID> billed = new HashSet<>(
                entityManager.createQuery("select l.memberId from InvoiceLine l where l.year = :year", UUID.class)
                        .setParameter("year", year).getResultList());
        Set<String> invoiced = new HashSet<>(
                entityManager.createQuery("select i.payerKey from Invoice i where i.year = :year", String.class)
                        .setParameter("year", year).getResultList());
        List<Object[]> rows = entityManager
                .createQuery("select m, c from MemberOrganisation m, MemberContribution c where c.memberId = m.id"
                        + " and m.status = :active", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();

        Map<String, MunicipalityPayer> municipalities = new HashMap<>();
        entityManager.createQuery("select p from MunicipalityPayer p", MunicipalityPayer.class).getResultStream()
                .forEach(address -> municipalities.put(address.municipality(), address));
        Map<String, Payer> payers = new LinkedHashMap<>();
        Map<String, List<PlannedInvoice.Line>> lines = new LinkedHashMap<>();
        for (Object[] row : rows) {
            MemberOrganisation member = (MemberOrganisation) row[0];
            MemberContribution contribution = (MemberContribution) row[1];
            ContributionPlan plan = plans.get(contribution.planId());
            if (plan == null || billed.contains(member.id())) {
                continue;
            }
            PlanDetails details = new PlanDetails(plan.name(), plan.kind(), plan.amountCents(), true,
                    tiers.getOrDefault(plan.id(), List.of()));
            Payer payer = contribution.payer() == PayerKind.MUNICIPALITY
                    ? municipalityPayer(municipalities, Payer.municipality(member.municipality()))
                    : Payer.organisation(member.id(), member.name(), member.street(), member.postalCode(),
                            member.place(), member.email());
            payers.putIfAbsent(payer.key(), payer);
            lines.computeIfAbsent(payer.key(), key -> new ArrayList<>())
                    .add(new PlannedInvoice.Line(member.id(), member.name(), plan.id(), plan.name(),
                            member.inhabitants(), details.amountFor(member.inhabitants())));
        }
        List<PlannedInvoice> planned = new ArrayList<>();
        int skipped = 0;
        for (Map.Entry<String, Payer> payer : payers.entrySet()) {
            List<PlannedInvoice.Line> payerLines = lines.get(payer.getKey());
            payerLines.sort(Comparator.comparing((PlannedInvoice.Line l) -> l.memberName().toLowerCase(Locale.ROOT))
                    .thenComparing(PlannedInvoice.Line::memberId));
            PlannedInvoice invoice = new PlannedInvoice(payer.getValue(), List.copyOf(payerLines));
            if (invoiced.contains(payer.getKey()) || invoice.totalCents() <= 0) {
                skipped++;
            } else {
                planned.add(invoice);
            }
        }
        planned.sort(Comparator.comparing((PlannedInvoice p) -> p.payer().name().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.payer().key()));
        run.planned(planned.size() + skipped);
        run.progressed(skipped, 0, skipped, 0);
        return planned;
    }

    /**
     * Writes one batch: takes consecutive numbers under the locked counter, and skips any payer or member that another
     * transaction billed since the plan was made. Returns the number of invoices created.
     */
    public int write(String tenant, UUID runId, List<PlannedInvoice> batch) {
        bind(tenant);
        ContributionRun run = entityManager.find(ContributionRun.class, runId);
        int year = run.year();
        List<String> keys = batch.stream().map(p -> p.payer().key()).toList();
        List<UUID> members = batch.stream().flatMap(p -> p.lines().stream()).map(PlannedInvoice.Line::memberId)
                .toList();
        Set<String> invoiced = new HashSet<>(entityManager
                .createQuery("select i.payerKey from Invoice i where i.year = :year and i.payerKey in :keys",
                        String.class)
                .setParameter("year", year).setParameter("keys", keys).getResultList());
        Set<UUID> billed = new HashSet<>(entityManager
                .createQuery("select l.memberId from InvoiceLine l where l.year = :year and l.memberId in :members",
                        UUID.class)
                .setParameter("year", year).setParameter("members", members).getResultList());
        InvoiceCounter counter = entityManager.find(InvoiceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new InvoiceCounter(year);
            entityManager.persist(counter);
            entityManager.flush();
        }
        int created = 0;
        int skipped = 0;
        List<Invoice> toMail = new ArrayList<>();
        int membersBilled = 0;
        for (PlannedInvoice planned : batch) {
            List<PlannedInvoice.Line> open = planned.lines().stream().filter(l -> !billed.contains(l.memberId()))
                    .toList();
            long total = open.stream().mapToLong(PlannedInvoice.Line::amountCents).sum();
            if (invoiced.contains(planned.payer().key()) || open.isEmpty() || total <= 0) {
                skipped++;
                continue;
            }
            Invoice invoice = new Invoice(counter.next(), year, runId, planned.payer(), total, run.issuedOn(),
                    run.dueOn());
            entityManager.persist(invoice);
            int lineNo = 1;
            for (PlannedInvoice.Line line : open) {
                entityManager.persist(new InvoiceLine(invoice.id(), lineNo++, year, line.memberId(), line.memberName(),
                        line.planId(), line.planName(), line.inhabitants(), line.amountCents()));
            }
            created++;
            membersBilled += open.size();
            if (invoice.payerEmail() != null) {
                toMail.add(invoice);
            }
        }
        // The invoice mails in this batch's transaction: a mail exists exactly when its invoice committed.
        entityManager.flush();
        toMail.forEach(invoice -> mails.recordInvoice(tenant, invoice.id()));
        run.progressed(batch.size(), created, skipped, membersBilled);
        return created;
    }

    /** A municipality's own address when the association recorded one; "Gemeente X" without address otherwise. */
    private static Payer municipalityPayer(Map<String, MunicipalityPayer> addresses, Payer bare) {
        MunicipalityPayer address = addresses.get(bare.key().substring(2));
        return address == null ? bare : address.payer(bare);
    }

    public ContributionRun finish(String tenant, UUID runId) {
        bind(tenant);
        ContributionRun run = entityManager.find(ContributionRun.class, runId);
        run.finish();
        JsonObjectBuilder changes = Json.createObjectBuilder();
        changes.add("status", change("RUNNING", "DONE"));
        changes.add("invoicesCreated", change(null, String.valueOf(run.invoicesCreated())));
        changes.add("payersSkipped", change(null, String.valueOf(run.payersSkipped())));
        changes.add("membersBilled", change(null, String.valueOf(run.membersBilled())));
        entityManager.persist(new AuditEntry(run.startedBy(), "FINISH", "ContributionRun", runId.toString(),
                changes.build().toString()));
        return run;
    }

    public void fail(String tenant, UUID runId, String reason) {
        bind(tenant);
        ContributionRun run = entityManager.find(ContributionRun.class, runId);
        run.fail(reason);
        entityManager.persist(new AuditEntry(run.startedBy(), "FAIL", "ContributionRun", runId.toString(),
                Json.createObjectBuilder().add("status", change("RUNNING", "FAILED")).build().toString()));
    }

    private static JsonObjectBuilder change(String before, String after) {
        JsonObjectBuilder change = Json.createObjectBuilder();
        if (before == null) {
            change.addNull("before");
        } else {
            change.add("before", before);
        }
        return change.add("after", after);
    }

    private void bind(String tenant) {
        tenantWork.workIn(tenant);
    }
}
