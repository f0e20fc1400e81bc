package nl.dorpskracht.contributions.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.CollectionHistory;
import nl.dorpskracht.contributions.control.ContributionRunner;
import nl.dorpskracht.contributions.control.CreditorQueries;
import nl.dorpskracht.contributions.control.SepaDirectDebitFile;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.MandateCollection;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.RunInput;
import nl.dorpskracht.contributions.entity.RunStatus;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** Yearly contribution runs of the request's tenant: start one, follow its progress, export its SEPA file. */
@ApplicationScoped
@Transactional
@TenantBound
public class ContributionRunService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    TenantContext tenant;

    @Inject
    ContributionRunner runner;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Records a run and hands it to the background once this transaction has committed (so the job finds it). A second
     * run of a year while one is running is refused; the database holds that line too (a partial unique index).
     */
    public ContributionRun start(RunInput input) {
        RunInput.Valid valid = input.validate(LocalDate.now(DutchTime.ZONE));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ContributionRun> running = entityManager
                .createQuery("select r from ContributionRun r where r.year = :year and r.status = :running",
                        ContributionRun.class)
                .setParameter("year", valid.year()).setParameter("running", RunStatus.RUNNING).getResultList();
        for (ContributionRun other : running) {
            if (!other.isStale(now)) {
                throw new ProblemException(ProblemCode.RUN_IN_PROGRESS);
            }
            other.fail("stopped reporting");
            entityManager.flush();
        }
        ContributionRun run = new ContributionRun(valid.year(), valid.issuedOn(), valid.dueOn(), caller.name());
        entityManager.persist(run);
        entityManager.flush();
        audit.record("START", "ContributionRun", run.id(),
                Map.of("year", new Object[] { null, valid.year() }, "dueOn", new Object[] { null, valid.dueOn() }));
        String code = tenant.require();
        UUID id = run.id();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runner.submit(code, id);
                }
            }
        });
        return run;
    }

    public ContributionRun find(UUID id) {
        ContributionRun run = id == null ? null : entityManager.find(ContributionRun.class, id);
        if (run == null) {
            throw new ProblemException(ProblemCode.RUN_NOT_FOUND);
        }
        return run;
    }

    public List<ContributionRun> recent(int limit) {
        return entityManager
                .createQuery("select r from ContributionRun r order by r.startedAt desc", ContributionRun.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The run's open invoices whose payer (an organisation) has a mandate, as one pain.008 file in the creditor's
     * version; each collection's sequence type and amendments come from the mandate's history, which this records (once
     * per invoice: a re-download gives the same file contents). A mandate flagged by a return for a reason that makes
     * collecting pointless (closed or blocked account, no mandate, debtor deceased) is left out.
     */
    public SepaExport sepa(UUID runId, String collectionDateText) {
        ContributionRun run = find(runId);
        LocalDate today = LocalDate.now(DutchTime.ZONE);
        LocalDate collectionDate = collectionDate(collectionDateText, today);
        SepaCreditor creditor = CreditorQueries.creditor(entityManager)
                .orElseThrow(() -> new ProblemException(ProblemCode.CREDITOR_MISSING));
        CreditorDetails details = creditor.details();
        List<Object[]> rows = entityManager
                .createQuery("select i, s from Invoice i, SepaMandate s where i.memberId = s.memberId"
                        + " and i.runId = :run and i.status = :open order by i.number", Object[].class)
                .setParameter("run", run.id()).setParameter("open", InvoiceStatus.OPEN).getResultList();
        List<SepaDirectDebitFile.Collection> collections = new ArrayList<>();
        for (Object[] row : rows) {
            Invoice invoice = (Invoice) row[0];
            SepaMandate mandate = (SepaMandate) row[1];
            if (invoice.outstandingCents() <= 0 || CollectionHistory.blocks(mandate.returnedReason())) {
                continue;
            }
            MandateCollection sent = CollectionHistory.collectionFor(entityManager, invoice, mandate,
                    details.creditorId(), collectionDate);
            collections.add(new SepaDirectDebitFile.Collection(invoice.number(), invoice.outstandingCents(),
                    invoice.payerName(), sent.iban(), sent.bic(), sent.mandateReference(), mandate.signedOn(),
                    "Contributie " + invoice.year() + " factuur " + invoice.number(), sent.sequenceType(),
                    sent.amendment(), SepaDirectDebitFile.Address.of(invoice.payerStreet(), invoice.payerPostalCode(),
                            invoice.payerPlace())));
        }
        if (collections.isEmpty()) {
            throw new ProblemException(ProblemCode.NOTHING_TO_COLLECT);
        }
        LocalDateTime created = LocalDateTime.now(DutchTime.ZONE);
        String messageId = "DK-" + created.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "-"
                + run.id().toString().substring(0, 8);
        byte[] file = SepaDirectDebitFile.write(details.painVersion(), messageId, created, details, collectionDate,
                collections);
        long sum = collections.stream().mapToLong(SepaDirectDebitFile.Collection::amountCents).sum();
        audit.record("EXPORT_SEPA", "ContributionRun", run.id(),
                Map.of("transactions", new Object[] { null, collections.size() }, "sumCents",
                        new Object[] { null, sum }, "messageId", new Object[] { null, messageId }, "painVersion",
                        new Object[] { null, details.painVersion().code() }));
        return new SepaExport("incasso-" + run.year() + "-" + messageId + ".xml", file, collections.size(), sum);
    }

    public record SepaExport(String fileName, byte[] content, int transactions, long sumCents) {
    }

    private static LocalDate collectionDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today.plusDays(5);
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today) && !date.isAfter(today.plusYears(1))) {
                return date;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field("collectionDate", "invalid.collectionDate")));
    }
}
