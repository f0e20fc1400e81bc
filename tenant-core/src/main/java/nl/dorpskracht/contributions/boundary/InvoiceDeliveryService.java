package nl.dorpskracht.contributions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dorpskracht.platform.database.TransactionFunctions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.InvoiceMails;
import nl.dorpskracht.contributions.control.ReminderSchedules;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceReminder;
import nl.dorpskracht.contributions.entity.InvoiceStatus;
import nl.dorpskracht.contributions.entity.MunicipalityPayer;
import nl.dorpskracht.contributions.entity.MunicipalityPayerInput;
import nl.dorpskracht.contributions.entity.ReminderSchedule;
import nl.dorpskracht.outbox.entity.MailStatus;
import nl.dorpskracht.outbox.entity.OutboxMessage;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * How the request's tenant's invoices reach people: sending one again, the reminders an invoice had, the reminder
 * schedule, and the addresses of municipalities that pay for their villages. Every write is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InvoiceDeliveryService {

    /** Municipality addresses listed at most; an association has a few dozen municipalities. */
    public static final int MAX_MUNICIPALITY_PAYERS = 500;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenant;

    @Inject
    InvoiceMails mails;

    @Inject
    ReminderSchedules schedules;

    @Inject
    TransactionFunctions functions;

    /** A reminder as shown with its invoice: the step, after how many days, when, and where its mail stands. */
    public record ReminderSent(int step, int days, OffsetDateTime recordedAt, MailStatus mailStatus,
            OffsetDateTime mailSentAt) implements java.io.Serializable {
    }

    /** A mail of the invoice itself (at the run, or sent again): when it was made and where it stands. */
    public record InvoiceMailed(OffsetDateTime recordedAt, String status, OffsetDateTime sentAt)
            implements java.io.Serializable {
    }

    /** The invoice's own mails, oldest first: the outbox keeps them by what they are about. */
    public List<InvoiceMailed> invoiceMails(UUID invoiceId) {
        Invoice invoice = invoice(invoiceId);
        return functions
                .rows("select created_at, status, sent_at from mail_outbox where about = cast(#a0 as uuid)"
                        + " and kind = #a1 order by created_at limit 20", invoice.id().toString(), InvoiceMails.INVOICE)
                .stream().map(row -> new InvoiceMailed(moment(row.get("created_at")), (String) row.get("status"),
                        moment(row.get("sent_at"))))
                .toList();
    }

    private static OffsetDateTime moment(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        return value instanceof java.sql.Timestamp stamp ? stamp.toInstant().atOffset(java.time.ZoneOffset.UTC) : null;
    }

    /** Sends an open or paid invoice again, by mail with its PDF, to the address on the invoice. */
    public UUID resend(UUID invoiceId) {
        Invoice invoice = invoice(invoiceId);
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_OPEN);
        }
        if (invoice.payerEmail() == null) {
            throw new ProblemException(ProblemCode.INVOICE_NO_EMAIL);
        }
        UUID mail = mails.recordResend(tenant.require(), invoice.id());
        audit.record("SEND_MAIL", "Invoice", invoice.id(), Map.of("mail", new Object[] { null, mail }));
        return mail;
    }

    public List<ReminderSent> reminders(UUID invoiceId) {
        Invoice invoice = invoice(invoiceId);
        return entityManager
                .createQuery("select r from InvoiceReminder r where r.invoiceId = :invoice order by r.step",
                        InvoiceReminder.class)
                .setParameter("invoice", invoice.id()).setMaxResults(ReminderSchedule.MAX_STEPS).getResultStream()
                .map(reminder -> {
                    OutboxMessage mail = entityManager.find(OutboxMessage.class, reminder.mailId());
                    return new ReminderSent(reminder.step(), reminder.days(), reminder.createdAt(),
                            mail == null ? null : mail.status(), mail == null ? null : mail.sentAt());
                }).toList();
    }

    public ReminderSchedule schedule() {
        return schedules.current();
    }

    /** Stores the schedule; {@code version} is the one read (0 when none was stored yet), a stale one is a 409. */
    public ReminderSchedule saveSchedule(List<Integer> days, String tone, Long version) {
        ReminderSchedule before = schedules.current();
        ReminderSchedule valid = ReminderSchedule.validate(days, tone, 0);
        long expected = version == null ? before.version() : version;
        ReminderSchedule saved = schedules.save(valid, expected);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("days", new Object[] { before.stored(), saved.stored() });
        changes.put("tone", new Object[] { before.tone().name(), saved.tone().name() });
        audit.record("UPDATE", "PaymentReminderSchedule", tenant.require(), changes);
        return saved;
    }

    public List<MunicipalityPayer> municipalityPayers() {
        return entityManager
                .createQuery("select p from MunicipalityPayer p order by p.municipality", MunicipalityPayer.class)
                .setMaxResults(MAX_MUNICIPALITY_PAYERS).getResultList();
    }

    public MunicipalityPayer municipalityPayer(String municipality) {
        MunicipalityPayer payer = find(municipality, LockModeType.NONE);
        if (payer == null) {
            throw new ProblemException(ProblemCode.MUNICIPALITY_PAYER_NOT_FOUND);
        }
        return payer;
    }

    /**
     * Creates or changes a municipality's address; a stale {@code version} is a 409. A municipality none of the
     * association's members lies in is unknown here (404), as any other tenant's data would be.
     */
    public MunicipalityPayer saveMunicipalityPayer(String municipality, MunicipalityPayerInput input, Long version) {
        String key = key(municipality);
        MunicipalityPayerInput.Valid valid = input.validate();
        MunicipalityPayer payer = find(key, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        if (payer == null) {
            if (!hasMembersIn(key)) {
                throw new ProblemException(ProblemCode.MUNICIPALITY_PAYER_NOT_FOUND);
            }
            payer = new MunicipalityPayer(key, valid);
            entityManager.persist(payer);
            changes.put("name", new Object[] { null, valid.name() });
            changes.put("email", new Object[] { null, valid.email() });
        } else {
            if (version != null && version != payer.version()) {
                throw new ProblemException(ProblemCode.VERSION_CONFLICT);
            }
            changes.put("name", new Object[] { payer.name(), valid.name() });
            changes.put("email", new Object[] { payer.email(), valid.email() });
            payer.apply(valid);
        }
        entityManager.flush();
        audit.record("SAVE", "MunicipalityPayer", key, changes);
        return payer;
    }

    public void deleteMunicipalityPayer(String municipality) {
        MunicipalityPayer payer = municipalityPayer(municipality);
        entityManager.remove(payer);
        entityManager.flush();
        audit.record("DELETE", "MunicipalityPayer", payer.municipality(),
                Map.of("name", new Object[] { payer.name(), null }));
    }

    /** An address is kept only for a municipality the association has members in (so the payer key can name it). */
    private boolean hasMembersIn(String key) {
        return entityManager
                .createQuery("select count(m) from MemberOrganisation m where lower(m.municipality) = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0;
    }

    private MunicipalityPayer find(String municipality, LockModeType lock) {
        String key = municipality == null ? "" : municipality.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.length() > 100 ? null : entityManager.find(MunicipalityPayer.class, key, lock);
    }

    private static String key(String municipality) {
        String key = municipality == null ? "" : municipality.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > 100) {
            throw new ProblemException(ProblemCode.MUNICIPALITY_PAYER_NOT_FOUND);
        }
        return key;
    }

    private Invoice invoice(UUID id) {
        Invoice invoice = id == null ? null : entityManager.find(Invoice.class, id);
        if (invoice == null) {
            throw new ProblemException(ProblemCode.INVOICE_NOT_FOUND);
        }
        return invoice;
    }
}
