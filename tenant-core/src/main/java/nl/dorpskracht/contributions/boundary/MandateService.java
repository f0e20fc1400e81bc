package nl.dorpskracht.contributions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.control.CollectionHistory;
import nl.dorpskracht.contributions.entity.ReturnedMandate;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.members.entity.MandateInput;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The members' SEPA mandates: the permission each member gave to collect its contribution from its account, one per
 * member, its reference unique in the tenant. One call, one transaction, one audit entry per write.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MandateService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    public SepaMandate mandate(UUID memberId) {
        requireMember(memberId);
        SepaMandate mandate = entityManager.find(SepaMandate.class, memberId);
        if (mandate == null) {
            throw new ProblemException(ProblemCode.MANDATE_NOT_FOUND);
        }
        return mandate;
    }

    public SepaMandate saveMandate(UUID memberId, MandateInput input) {
        requireMember(memberId);
        MandateDetails details = input.validate(LocalDate.now(DutchTime.ZONE));
        boolean taken = entityManager
                .createQuery("select s.memberId from SepaMandate s where s.reference = :reference", UUID.class)
                .setParameter("reference", details.reference()).getResultStream()
                .anyMatch(other -> !other.equals(memberId));
        if (taken) {
            throw new ProblemException(ProblemCode.MANDATE_REFERENCE_TAKEN);
        }
        SepaMandate mandate = entityManager.find(SepaMandate.class, memberId);
        MandateDetails before = mandate == null ? MandateDetails.NONE : mandate.details();
        String returnedReason = mandate == null ? null : mandate.returnedReason();
        if (mandate == null) {
            mandate = new SepaMandate(memberId, details);
            entityManager.persist(mandate);
        } else {
            mandate.replaceWith(details);
            // saving it again is the admin's confirmation after a returned collection
            mandate.clearReturned();
        }
        entityManager.flush();
        Map<String, Object[]> changes = new java.util.LinkedHashMap<>(
                FieldChanges.between(before.fields(), details.fields()));
        if (returnedReason != null) {
            changes.put("returnedReason", new Object[] { returnedReason, null });
        }
        if (!changes.isEmpty()) {
            audit.record(before.iban() == null ? "CREATE" : "UPDATE", "SepaMandate", memberId, changes);
        }
        return mandate;
    }

    /** Mandates flagged by a returned collection, latest first, at most {@code limit}. */
    public java.util.List<ReturnedMandate> returned(int limit) {
        return entityManager
                .createQuery(
                        "select s, m.name from SepaMandate s, MemberOrganisation m where m.id = s.memberId"
                                + " and s.returnedReason is not null order by s.returnedOn desc, m.name",
                        Object[].class)
                .setMaxResults(limit).getResultStream().map(row -> {
                    SepaMandate mandate = (SepaMandate) row[0];
                    return new ReturnedMandate(mandate.memberId(), (String) row[1], mandate.returnedReason(),
                            mandate.returnedOn(), CollectionHistory.blocks(mandate.returnedReason()));
                }).toList();
    }

    public void revokeMandate(UUID memberId) {
        SepaMandate mandate = mandate(memberId);
        MandateDetails before = mandate.details();
        entityManager.remove(mandate);
        entityManager.flush();
        audit.record("DELETE", "SepaMandate", memberId, Map.of("reference", new Object[] { before.reference(), null },
                "iban", new Object[] { before.iban(), null }));
    }

    private void requireMember(UUID memberId) {
        if (memberId == null || entityManager.find(MemberOrganisation.class, memberId) == null) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_FOUND);
        }
    }
}
