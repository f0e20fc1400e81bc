package nl.dorpskracht.projects.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeFile;
import nl.dorpskracht.projects.entity.InitiativeLink;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.projects.entity.InitiativeTheme;
import nl.dorpskracht.projects.entity.InitiativeVisibility;
import nl.dorpskracht.projects.entity.SharedInitiative;

/**
 * Reads initiatives inside the caller's transaction. Own rows are found by id and the tenant said again (the shared
 * policy would otherwise let {@code find} return another tenant's published row as if it were one's own); other
 * associations' rows only through {@link SharedInitiative}.
 */
@ApplicationScoped
public class InitiativeQueries {

    public Optional<Initiative> own(EntityManager em, String tenant, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery("select i from Initiative i where i.id = :id", Initiative.class).setParameter("id", id)
                .getResultStream().filter(i -> tenant.equals(i.tenantId())).findFirst();
    }

    /** Own initiatives, newest change first; of one status if given. */
    public List<Initiative> ownList(EntityManager em, InitiativeStatus status, int offset, int limit) {
        if (status == null) {
            return em.createQuery("select i from Initiative i order by i.updatedAt desc, i.id", Initiative.class)
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        return em
                .createQuery("select i from Initiative i where i.status = :status order by i.updatedAt desc, i.id",
                        Initiative.class)
                .setParameter("status", status).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many own initiatives there are, of one status if given. */
    public long ownCount(EntityManager em, InitiativeStatus status) {
        if (status == null) {
            return em.createQuery("select count(i) from Initiative i", Long.class).getSingleResult();
        }
        return em.createQuery("select count(i) from Initiative i where i.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** Own initiatives a member contact submitted (any status), newest first. */
    public List<Initiative> submittedBy(EntityManager em, UUID account, int limit) {
        return em
                .createQuery("select i from Initiative i where i.submittedBy = :account"
                        + " order by i.updatedAt desc, i.id", Initiative.class)
                .setParameter("account", account.toString()).setMaxResults(limit).getResultList();
    }

    /** Own published initiatives a reader of {@code visibilities} may read, newest first. */
    public List<Initiative> ownPublished(EntityManager em, List<InitiativeVisibility> visibilities, int offset,
            int limit) {
        return em
                .createQuery(
                        "select i from Initiative i where i.status = :published"
                                + " and i.visibility in :visibilities order by i.updatedAt desc, i.id",
                        Initiative.class)
                .setParameter("published", InitiativeStatus.PUBLISHED).setParameter("visibilities", visibilities)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<SharedInitiative> shared(EntityManager em, int offset, int limit) {
        return em
                .createQuery("select s from SharedInitiative s order by s.updatedAt desc, s.id", SharedInitiative.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Optional<SharedInitiative> shared(EntityManager em, String host, UUID id) {
        if (id == null || host == null) {
            return Optional.empty();
        }
        return em
                .createQuery("select s from SharedInitiative s where s.id = :id and s.hostTenant = :host",
                        SharedInitiative.class)
                .setParameter("id", id).setParameter("host", host).getResultStream().findFirst();
    }

    public List<InitiativeLink> links(EntityManager em, UUID initiative) {
        return em.createQuery("select l from InitiativeLink l where l.initiativeId = :id order by l.position",
                InitiativeLink.class).setParameter("id", initiative).getResultList();
    }

    public List<InitiativeFile> files(EntityManager em, UUID initiative) {
        return em.createQuery("select f from InitiativeFile f where f.initiativeId = :id order by f.addedAt, f.id",
                InitiativeFile.class).setParameter("id", initiative).getResultList();
    }

    public List<InitiativeTheme> themes(EntityManager em) {
        return em.createQuery("select t from InitiativeTheme t order by t.position, t.code", InitiativeTheme.class)
                .getResultList();
    }

    public List<Initiative> ofContact(EntityManager em, UUID contact) {
        return em.createQuery("select i from Initiative i where i.contactPersonId = :contact", Initiative.class)
                .setParameter("contact", contact.toString()).getResultList();
    }
}
