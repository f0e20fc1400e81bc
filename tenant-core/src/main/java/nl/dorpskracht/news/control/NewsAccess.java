package nl.dorpskracht.news.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.members.boundary.ContactService;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantContext;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * Who may do what with a news item of the caller's tenant: an admin everything with the tenant's own items; a contact
 * person only with their own organisation's submissions, and only while they are theirs to change (draft or rejected).
 * An item the caller may not write is "not found", so that its existence is not told either.
 */
@ApplicationScoped
public class NewsAccess {

    /** The phases in which a member organisation still changes its own item. */
    public static final Set<NewsStatus> MEMBER_EDITABLE = EnumSet.of(NewsStatus.DRAFT, NewsStatus.SUBMITTED,
            NewsStatus.REJECTED);

    @Inject
    Caller caller;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry registry;

    @Inject
    ContactService contacts;

    public boolean isAdmin() {
        return caller.holds(tenant.require(), Role.TENANT_ADMIN);
    }

    public boolean isContact() {
        return caller.holds(tenant.require(), Role.MEMBER_CONTACT);
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
    }

    /** The organisation the calling contact person writes for; 403 for anybody else. */
    public UUID ownOrganisation() {
        if (!isContact()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        return contacts.ofCaller().organisationId();
    }

    public UUID account() {
        return caller.accountId().orElse(null);
    }

    public boolean nationalTenant() {
        return registry.find(tenant.require()).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
    }

    public String tenantCode() {
        return tenant.require();
    }

    /** An item of the tenant's own: any for an admin, the own organisation's for a contact person. */
    public NewsItem writable(EntityManager entityManager, UUID id) {
        NewsItem item = id == null ? null : entityManager.find(NewsItem.class, id);
        if (item == null) {
            throw new ProblemException(ProblemCode.NEWS_NOT_FOUND);
        }
        if (isAdmin()) {
            return item;
        }
        if (isContact() && item.organisationId() != null && item.organisationId().equals(ownOrganisation())) {
            return item;
        }
        throw new ProblemException(ProblemCode.NEWS_NOT_FOUND);
    }

    /** Like {@link #writable}, and for a contact person only while the item is still theirs to change. */
    public NewsItem changeable(EntityManager entityManager, UUID id) {
        NewsItem item = writable(entityManager, id);
        if (!isAdmin() && !MEMBER_EDITABLE.contains(item.status())) {
            throw new ProblemException(ProblemCode.NEWS_STATUS);
        }
        if (item.status() == NewsStatus.ARCHIVED) {
            throw new ProblemException(ProblemCode.NEWS_STATUS);
        }
        return item;
    }

    public static void requireVersion(NewsItem item, Long expectedVersion) {
        if (expectedVersion == null || expectedVersion != item.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
    }
}
