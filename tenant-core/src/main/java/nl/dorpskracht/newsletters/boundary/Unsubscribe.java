package nl.dorpskracht.newsletters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger.Outcome;
import nl.dorpskracht.security.control.LinkSecrets;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The unsubscribe link, without a login: the link's secret is the credential, and it is looked up only in the tenant
 * its path names (row security), so a link of one association does nothing under another's path and unsubscribing from
 * one changes nothing at any other. Looking is free of changes (mail scanners follow links); only a POST withdraws.
 */
@ApplicationScoped
@Transactional
public class Unsubscribe {

    /** Who the audit log names as the actor of a withdrawal by link. */
    public static final String ACTOR = "afmeldlink";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    /** What the page says: the association's name (when the tenant exists) and the link's state. */
    public record LinkState(Optional<String> association, Outcome state) {
    }

    public LinkState look(String tenant, String secret) {
        Optional<Tenant> association = association(tenant);
        Optional<String> hash = LinkSecrets.lookup(secret);
        if (association.isEmpty() || hash.isEmpty()) {
            return new LinkState(association.map(Tenant::name), Outcome.UNKNOWN);
        }
        tenantWork.workIn(association.get().code());
        Outcome state = UnsubscribeLedger.find(sql(), hash.get())
                .map(link -> link.used() ? Outcome.ALREADY : Outcome.UNSUBSCRIBED).orElse(Outcome.UNKNOWN);
        return new LinkState(Optional.of(association.get().name()), state);
    }

    /** UNSUBSCRIBED on the first use; ALREADY after, changing nothing; UNKNOWN for a link not of this association. */
    public LinkState withdraw(String tenant, String secret) {
        Optional<Tenant> association = association(tenant);
        Optional<String> hash = LinkSecrets.lookup(secret);
        if (association.isEmpty() || hash.isEmpty()) {
            return new LinkState(association.map(Tenant::name), Outcome.UNKNOWN);
        }
        tenantWork.workIn(association.get().code());
        UnsubscribeLedger.Withdrawal done = UnsubscribeLedger.withdraw(sql(), hash.get());
        if (done.outcome() == Outcome.UNSUBSCRIBED && done.consentGivenOn() != null) {
            Map<String, Object[]> changes = new HashMap<>();
            changes.put("newsletterConsentOn", new Object[] { done.consentGivenOn(), null });
            audit.record(ACTOR, "NEWSLETTER_UNSUBSCRIBE", ContactService.AUDIT_TYPE, done.contactPersonId(), changes);
        }
        return new LinkState(Optional.of(association.get().name()), done.outcome());
    }

    private Optional<Tenant> association(String tenant) {
        return tenant == null ? Optional.empty() : tenants.find(tenant);
    }

    private Sql sql() {
        return functions::rows;
    }
}
