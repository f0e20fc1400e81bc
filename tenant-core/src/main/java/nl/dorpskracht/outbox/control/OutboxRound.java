package nl.dorpskracht.outbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.dorpskracht.outbox.control.OutboxLedger.Claimed;
import nl.dorpskracht.platform.mail.MailSender.Delivery;
import nl.dorpskracht.platform.mail.OutgoingMail;

/**
 * One tenant's due mails, a batch at a time: claim (one short transaction), send them outside any transaction (over one
 * SMTP connection), record what became of each (one short transaction). Sending outside the claim is what makes it at
 * least once and not at most once: a crash after sending and before recording leaves the row SENDING, and once its
 * lease ends another round sends it again with the same Message-ID. No transaction is held open while a slow SMTP
 * server answers.
 */
public final class OutboxRound {

    /** Runs work in a transaction of its own with the tenant bound for row security. */
    public interface Transactions {
        <T> T inTenant(String tenant, Function<Sql, T> work);
    }

    /** What one round did, for the log and the tests. */
    public record Result(int claimed, int sent, int notSent, int retried) {
    }

    /** Mails sent over one SMTP connection before the lease is looked at again. */
    static final int CHUNK = 10;

    private final Transactions transactions;
    private final Function<List<OutgoingMail>, List<Delivery>> transport;
    private final OutboxSettings settings;

    /** {@code transport} sends a batch in order and answers one delivery per mail, in the same order. */
    public OutboxRound(Transactions transactions, Function<List<OutgoingMail>, List<Delivery>> transport,
            OutboxSettings settings) {
        this.transactions = transactions;
        this.transport = transport;
        this.settings = settings;
    }

    public Result deliver(String tenant) {
        long claimedAt = System.nanoTime();
        List<Claimed> claimed = transactions.inTenant(tenant,
                sql -> OutboxLedger.claim(sql, settings.batch(), settings.leaseSeconds()));
        if (claimed.isEmpty()) {
            return new Result(0, 0, 0, 0);
        }
        // A slow server must not let the lease run out while this sender still works on the batch: another sender
        // would then claim and send the same mails. Past half the lease the rest is handed back unsent.
        long handBackAt = claimedAt + settings.leaseSeconds() * 500_000_000L;
        List<Delivery> deliveries = new ArrayList<>();
        for (int from = 0; from < claimed.size(); from += CHUNK) {
            if (from > 0 && System.nanoTime() > handBackAt) {
                break;
            }
            deliveries.addAll(transport.apply(claimed.subList(from, Math.min(claimed.size(), from + CHUNK)).stream()
                    .map(Claimed::mail).toList()));
        }
        return transactions.inTenant(tenant, sql -> {
            claimed.subList(deliveries.size(), claimed.size()).forEach(mail -> OutboxLedger.handBack(sql, mail));
            return record(sql, claimed.subList(0, deliveries.size()), deliveries, claimed.size());
        });
    }

    private Result record(Sql sql, List<Claimed> claimed, List<Delivery> deliveries, int claimedCount) {
        int sent = 0;
        int notSent = 0;
        int retried = 0;
        for (int i = 0; i < claimed.size(); i++) {
            Claimed mail = claimed.get(i);
            Delivery delivery = deliveries.get(i);
            switch (delivery.outcome()) {
            case SENT -> {
                OutboxLedger.sent(sql, mail);
                sent++;
            }
            case NOT_CONFIGURED -> {
                OutboxLedger.notSent(sql, mail.id(), delivery.error());
                notSent++;
            }
            case FAILED -> {
                OutboxLedger.retryOrFail(sql, mail, settings.maxAttempts(), settings.delayAfter(mail.attempt()),
                        delivery.error());
                retried++;
            }
            }
        }
        return new Result(claimedCount, sent, notSent, retried);
    }

    /** A transport for mails one at a time, as a batch transport. */
    public static Function<List<OutgoingMail>, List<Delivery>> oneByOne(Function<OutgoingMail, Delivery> send) {
        return mails -> mails.stream().map(send).toList();
    }
}
