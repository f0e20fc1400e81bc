package nl.dorpskracht.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.MemberPage;
import nl.dorpskracht.members.control.MemberQueries;
import nl.dorpskracht.members.control.MemberSearch;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.control.RegionQueries;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** The member administration of the request's tenant. One call, one transaction, one audit entry per write. */
@ApplicationScoped
@Transactional
@TenantBound
public class MemberService {

    private static final String AUDIT_TYPE = "MemberOrganisation";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    RegionQueries regions;

    @Inject
    MunicipalityRegister municipalities;

    @Inject
    TenantContext tenant;

    public MemberPage search(MemberSearch search) {
        return MemberQueries.page(entityManager, search);
    }

    public long count(MemberSearch search) {
        return MemberQueries.count(entityManager, search);
    }

    public MemberOrganisation find(UUID id) {
        MemberOrganisation member = id == null ? null : entityManager.find(MemberOrganisation.class, id);
        if (member == null) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_FOUND);
        }
        return member;
    }

    public MemberOrganisation create(MemberInput input) {
        MemberDetails details = registered(canonicalRegion(input.validate()));
        refuseDuplicate(details, null);
        MemberOrganisation member = new MemberOrganisation(details, MemberStatus.ACTIVE);
        entityManager.persist(member);
        // EclipseLink maps ids here, not relationships, so it does not know to insert the member first.
        entityManager.flush();
        entityManager.persist(new MemberStatusChange(member.id(), MemberStatus.ACTIVE, caller.name(), null));
        entityManager.flush();
        audit.record("CREATE", AUDIT_TYPE, member.id(), MemberOrganisation.difference(null, details));
        return member;
    }

    public MemberOrganisation update(UUID id, Long expectedVersion, MemberInput input) {
        MemberDetails typed = canonicalRegion(input.validate());
        MemberOrganisation member = find(id);
        if (expectedVersion == null || expectedVersion != member.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        MemberDetails details = registered(typed);
        refuseDuplicate(details, member.id());
        Map<String, Object[]> changes = member.describe(details);
        entityManager.flush();
        if (!changes.isEmpty()) {
            audit.record("UPDATE", AUDIT_TYPE, member.id(), changes);
        }
        return member;
    }

    public MemberOrganisation archive(UUID id) {
        return changeStatus(id, MemberStatus.ARCHIVED, null);
    }

    public MemberOrganisation changeStatus(UUID id, MemberStatus next, String reason) {
        MemberOrganisation member = find(id);
        MemberStatus before = member.status();
        MemberStatusChange change = member.changeStatus(next, caller.name(), reason);
        if (change != null) {
            entityManager.persist(change);
            entityManager.flush();
            audit.record(next == MemberStatus.ARCHIVED ? "ARCHIVE" : "STATUS", AUDIT_TYPE, member.id(),
                    Map.of("status", new Object[] { before, next }));
        }
        return member;
    }

    public List<MemberStatusChange> history(UUID id) {
        find(id);
        return entityManager
                .createQuery("select c from MemberStatusChange c where c.memberId = :member order by c.changedAt",
                        MemberStatusChange.class)
                .setParameter("member", id).getResultList();
    }

    private MemberDetails canonicalRegion(MemberDetails details) {
        if (details.region() == null) {
            return details;
        }
        return regions.findByName(entityManager, details.region()).map(region -> details.withRegion(region.name()))
                .orElseThrow(() -> ProblemException
                        .invalid(List.of(FieldError.field("region", "unknown.region", details.region()))));
    }

    /**
     * The municipality as the register names and codes it: a CBS code or a name the register recognises for this tenant
     * ({@link MunicipalityRegister#match}); anything else is refused, so no new row is left unmatched.
     */
    private MemberDetails registered(MemberDetails details) {
        Municipality municipality = municipalities.match(tenant.require(), details.municipality())
                .orElseThrow(() -> new ProblemException(ProblemCode.UNKNOWN_MUNICIPALITY, null,
                        List.of(FieldError.field("municipality", "unknown.municipality", details.municipality()))));
        return details.withMunicipality(municipality.name(), municipality.code());
    }

    /**
     * How many organisations (any status) name a municipality the register did not recognise when they came in, before
     * the register: the admin is told, and lists them with {@code municipality=unmatched}.
     */
    public long countUnmatched() {
        return entityManager
                .createQuery("select count(m) from MemberOrganisation m where m.municipalityCode is null", Long.class)
                .getSingleResult();
    }

    private void refuseDuplicate(MemberDetails details, UUID self) {
        // one organisation of a name per municipality, however its municipality was written before the register
        boolean clash = entityManager
                .createQuery(
                        "select m.id from MemberOrganisation m where lower(m.name) = :name"
                                + " and (m.municipalityCode = :code or lower(m.municipality) = :municipality)",
                        UUID.class)
                .setParameter("name", details.name().toLowerCase(Locale.ROOT))
                .setParameter("code", details.municipalityCode())
                .setParameter("municipality", details.municipality().toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(existing -> !existing.equals(self));
        if (clash) {
            throw new ProblemException(ProblemCode.MEMBER_DUPLICATE);
        }
    }
}
