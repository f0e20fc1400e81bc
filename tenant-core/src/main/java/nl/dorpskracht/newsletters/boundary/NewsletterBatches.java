package nl.dorpskracht.newsletters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.NewsletterLedger;
import nl.dorpskracht.newsletters.control.NewsletterMail;
import nl.dorpskracht.newsletters.control.RecipientLedger;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.newsletters.entity.NewsletterStatus;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.outbox.control.OutboxLedger;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantWork;

/**
 * One batch of a newsletter into the outbox, each in a short transaction of its own: a send to ten thousand holds no
 * transaction open for long, and a stop in between loses nothing (the rest is picked up where it stopped).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NewsletterBatches {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantRegistry tenants;

    /** Returns how many recipients it handled (0: none left). */
    public int queueBatch(String tenant, UUID id, int size) {
        tenantWork.workIn(tenant);
        Sql sql = functions::rows;
        Optional<Newsletter> found = NewsletterLedger.find(sql, id);
        if (found.isEmpty() || found.get().status() != NewsletterStatus.SENDING) {
            return 0;
        }
        return queue(sql, tenant, tenants.nameOf(tenant), found.get(), size, NewsletterDispatch.baseUrl());
    }

    /** SENDING → SENT when every recipient was handled. */
    public boolean finish(String tenant, UUID id) {
        tenantWork.workIn(tenant);
        return NewsletterLedger.finishIfAllQueued(functions::rows, id);
    }

    public List<UUID> sending(String tenant) {
        tenantWork.workIn(tenant);
        return NewsletterLedger.sending(functions::rows);
    }

    /** The batch itself, on any {@link Sql} of a transaction bound to {@code tenant} (also for the benchmark). */
    public static int queue(Sql sql, String tenant, String association, Newsletter newsletter, int size,
            String baseUrl) {
        List<RecipientLedger.Due> due = RecipientLedger.nextBatch(sql, newsletter.id(), size);
        if (due.isEmpty()) {
            return 0;
        }
        Bodies shared = NewsletterMail.forMails(tenant, association, newsletter.title(), newsletter.intro(),
                newsletter.sections());
        for (RecipientLedger.Due recipient : due) {
            if (!recipient.stillConsenting() || recipient.email() == null || recipient.email().isBlank()) {
                RecipientLedger.skipped(sql, newsletter.id(), recipient.contactPersonId());
                continue;
            }
            LinkSecrets.Token token = LinkSecrets.next();
            String link = NewsletterMail.unsubscribeUrl(baseUrl, tenant, token.secret());
            UUID mail = OutboxLedger.putBulk(sql, tenant, NewsletterMail.KIND, Outbox.DUTCH, newsletter.id(),
                    NewsletterMail.mail(newsletter.id(), recipient.email(), newsletter.title(), shared, link));
            RecipientLedger.queued(sql, newsletter.id(), recipient.contactPersonId(), token.hash(), mail);
        }
        return due.size();
    }
}
