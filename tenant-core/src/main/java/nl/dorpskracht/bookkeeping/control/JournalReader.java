package nl.dorpskracht.bookkeeping.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Line;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Raised;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Received;
import nl.dorpskracht.bookkeeping.control.JournalEntries.Returned;
import nl.dorpskracht.bookkeeping.entity.AccountMapping;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceLine;
import nl.dorpskracht.contributions.entity.Payment;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.statements.entity.PaymentReversal;

/** Reads what the journal of a period is made of: invoices raised or cancelled in it and payments received in it. */
public final class JournalReader {

    private final EntityManager entityManager;

    private final AccountMapping accounts;

    public JournalReader(EntityManager entityManager, AccountMapping accounts) {
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    public List<JournalLine> read(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        List<Invoice> invoices = entityManager.createQuery("select i from Invoice i"
                + " where i.issuedOn between :from and :to or (i.cancelledAt >= :start and i.cancelledAt < :end)"
                + " order by i.number", Invoice.class).setParameter("from", from).setParameter("to", to)
                .setParameter("start", start).setParameter("end", end).getResultList();
        Map<UUID, List<Line>> lines = linesOf(from, to, start, end);
        JournalEntries journal = new JournalEntries(accounts);
        for (Invoice invoice : invoices) {
            Raised raised = new Raised(invoice.number(), invoice.year(), invoice.issuedOn(), invoice.payerName(),
                    lines.getOrDefault(invoice.id(), List.of(new Line(null, invoice.amountCents()))));
            if (!invoice.issuedOn().isBefore(from) && !invoice.issuedOn().isAfter(to)) {
                journal.raised(raised);
            }
            if (invoice.cancelledAt() != null && !invoice.cancelledAt().isBefore(start)
                    && invoice.cancelledAt().isBefore(end)) {
                journal.cancelled(raised, invoice.cancelledAt().atZoneSameInstant(DutchTime.ZONE).toLocalDate());
            }
        }
        payments(from, to).forEach(journal::received);
        returns(from, to).forEach(journal::returned);
        return journal.lines();
    }

    private Map<UUID, List<Line>> linesOf(LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {
        Map<UUID, List<Line>> lines = new HashMap<>();
        entityManager.createQuery("select l from InvoiceLine l, Invoice i where l.invoiceId = i.id"
                + " and (i.issuedOn between :from and :to or (i.cancelledAt >= :start and i.cancelledAt < :end))"
                + " order by l.invoiceId, l.lineNo", InvoiceLine.class).setParameter("from", from)
                .setParameter("to", to).setParameter("start", start).setParameter("end", end).getResultStream()
                .forEach(line -> lines.computeIfAbsent(line.invoiceId(), id -> new ArrayList<>())
                        .add(new Line(line.planId(), line.amountCents())));
        return lines;
    }

    /**
     * Payments of the period, each its own entry: the invoice number and the payment's place among that invoice's
     * payments ({@code 2026-0001/2}), so the entry number stays the same whatever period is exported.
     */
    private List<Received> payments(LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager
                .createQuery("select p, i.number, i.payerName from Payment p, Invoice i"
                        + " where p.invoiceId = i.id and i.id in"
                        + " (select q.invoiceId from Payment q where q.paidOn between :from and :to)"
                        + " order by i.number, p.paidOn, p.recordedAt, p.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Received> received = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            Payment payment = (Payment) row[0];
            String number = (String) row[1];
            int place = counts.merge(number, 1, Integer::sum);
            if (!payment.paidOn().isBefore(from) && !payment.paidOn().isAfter(to)) {
                received.add(new Received(number, number + "/" + place, payment.paidOn(), (String) row[2],
                        payment.amountCents(), payment.method()));
            }
        }
        return received;
    }

    /** Direct debits the bank returned in the period, numbered per invoice like payments ({@code 2026-0001/S1}). */
    private List<Returned> returns(LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager
                .createQuery("select r, i.number, i.payerName from PaymentReversal r,"
                        + " Invoice i where r.invoiceId = i.id and i.id in"
                        + " (select q.invoiceId from PaymentReversal q where q.reversedOn between :from and :to)"
                        + " order by i.number, r.reversedOn, r.recordedAt, r.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<Returned> returned = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            PaymentReversal reversal = (PaymentReversal) row[0];
            String number = (String) row[1];
            int place = counts.merge(number, 1, Integer::sum);
            if (!reversal.reversedOn().isBefore(from) && !reversal.reversedOn().isAfter(to)) {
                returned.add(new Returned(number, number + "/S" + place, reversal.reversedOn(), (String) row[2],
                        reversal.amountCents(), reversal.reasonCode()));
            }
        }
        return returned;
    }
}
