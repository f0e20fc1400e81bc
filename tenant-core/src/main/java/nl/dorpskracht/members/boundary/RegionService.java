package nl.dorpskracht.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.transaction.Transactional;
import nl.dorpskracht.members.control.RegionQueries;
import nl.dorpskracht.members.entity.Ambassadorship;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.members.entity.Region;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.control.AccountProvisioning;
import nl.dorpskracht.invitations.boundary.Invitations;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.invitations.entity.PendingInvitation;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** The regions of the request's tenant and their ambassadors. */
@ApplicationScoped
@Transactional
@TenantBound
public class RegionService {

    private static final String AUDIT_TYPE = "Region";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    RegionQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    nl.dorpskracht.security.control.RememberedAccounts remembered;

    @Inject
    Invitations invitations;

    @Inject
    TenantContext tenant;

    /** An ambassador as the admin sees them: the login and its regions. */
    /**
     * An ambassador as the admin sees them: the name and address the admin typed. {@code accountId} is null while the
     * invitation {@code invitationId} is open ({@code invitedUntil} says until when).
     */
    public record Ambassador(UUID accountId, String email, String displayName, List<String> regions, UUID invitationId,
            java.time.Instant invitedUntil) {
    }

    public List<Region> all() {
        return queries.all(entityManager);
    }

    public Region find(UUID id) {
        Region region = id == null ? null : entityManager.find(Region.class, id);
        if (region == null) {
            throw new ProblemException(ProblemCode.REGION_NOT_FOUND);
        }
        return region;
    }

    public Region create(String name) {
        String clean = validName(name);
        refuseDuplicate(clean, null);
        Region region = new Region(clean);
        entityManager.persist(region);
        entityManager.flush();
        audit.record("CREATE", AUDIT_TYPE, region.id(), Map.of("name", new Object[] { null, clean }));
        return region;
    }

    public Region rename(UUID id, String name) {
        String clean = validName(name);
        Region region = find(id);
        refuseDuplicate(clean, id);
        String before = region.name();
        if (!before.equals(clean)) {
            region.rename(clean);
            entityManager.flush();
            // an ambassador's scope is the names of their regions
            remembered.forgetAllAfterCommit();
            audit.record("UPDATE", AUDIT_TYPE, id, Map.of("name", new Object[] { before, clean }));
        }
        return region;
    }

    public void delete(UUID id) {
        Region region = find(id);
        long members = entityManager
                .createQuery("select count(m) from MemberOrganisation m where m.region = :name", Long.class)
                .setParameter("name", region.name()).getSingleResult();
        if (members > 0) {
            throw new ProblemException(ProblemCode.REGION_IN_USE);
        }
        entityManager.remove(region);
        entityManager.flush();
        audit.record("DELETE", AUDIT_TYPE, id, Map.of("name", new Object[] { region.name(), null }));
    }

    /**
     * Invites someone to be ambassador of a region: nothing changes at any account until they accept, and the answer is
     * the same whether or not the address has an account.
     */
    public InvitationSent appoint(UUID regionId, String email, String displayName) {
        Region region = find(regionId);
        InputFields fields = new InputFields();
        String cleanEmail = fields.email("email", email);
        String cleanName = fields.required("name", displayName, 200, "required.name");
        if (cleanEmail == null) {
            fields.fail("email", "required.email");
        }
        fields.throwIfInvalid();
        return invitations.invite(new Invitation(tenant.require(), null, cleanEmail, cleanName,
                Role.REGIONAL_AMBASSADOR, null, region.id(), null));
    }

    public void withdraw(UUID regionId, UUID accountId) {
        Region region = find(regionId);
        Ambassadorship ambassadorship = entityManager.find(Ambassadorship.class,
                new Ambassadorship.Key(accountId, regionId));
        if (ambassadorship == null) {
            throw new ProblemException(ProblemCode.NOT_FOUND);
        }
        entityManager.remove(ambassadorship);
        entityManager.flush();
        remembered.forgetAfterCommit(accountId);
        long remaining = entityManager
                .createQuery("select count(a) from Ambassadorship a where a.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
        if (remaining == 0) {
            provisioning.revoke(tenant.require(), Role.REGIONAL_AMBASSADOR, accountId);
        }
        audit.record("WITHDRAW", "Ambassador", accountId, Map.of("region", new Object[] { region.name(), null }));
    }

    /** Withdraws an open invitation to be ambassador of the region. */
    public void withdrawInvitation(UUID regionId, UUID invitationId) {
        find(regionId);
        boolean ofThisRegion = invitations.pending(tenant.require(), Role.REGIONAL_AMBASSADOR).stream()
                .anyMatch(pending -> pending.id().equals(invitationId) && regionId.equals(pending.regionId()));
        if (!ofThisRegion || !invitations.withdraw(tenant.require(), invitationId)) {
            throw new ProblemException(ProblemCode.NOT_FOUND);
        }
    }

    /** Ambassadors who accepted, then open invitations; both with what the admin typed. */
    public List<Ambassador> ambassadors() {
        Map<UUID, String> regionNames = new LinkedHashMap<>();
        all().forEach(region -> regionNames.put(region.id(), region.name()));
        Map<UUID, List<Ambassadorship>> byAccount = new LinkedHashMap<>();
        for (Ambassadorship ambassadorship : entityManager
                .createQuery("select a from Ambassadorship a", Ambassadorship.class).setMaxResults(2000)
                .getResultList()) {
            byAccount.computeIfAbsent(ambassadorship.accountId(), id -> new java.util.ArrayList<>())
                    .add(ambassadorship);
        }
        List<Ambassador> ambassadors = new java.util.ArrayList<>(byAccount.entrySet().stream().map(entry -> {
            Ambassadorship first = entry.getValue().get(0);
            return new Ambassador(entry.getKey(), first.email(), first.displayName(),
                    entry.getValue().stream().map(a -> regionNames.get(a.regionId())).sorted().toList(), null, null);
        }).sorted(java.util.Comparator.comparing(Ambassador::displayName,
                java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))).toList());
        for (PendingInvitation pending : invitations.pending(tenant.require(), Role.REGIONAL_AMBASSADOR)) {
            ambassadors.add(new Ambassador(null, pending.email(), pending.displayName(),
                    List.of(regionNames.get(pending.regionId())), pending.id(), pending.expiresAt()));
        }
        return ambassadors;
    }

    private static String validName(String name) {
        InputFields fields = new InputFields();
        String clean = fields.required("name", name, Region.NAME_MAX, "required.name");
        if (clean != null && clean.contains("|")) {
            fields.fail("name", "invalid.regionName");
        }
        fields.throwIfInvalid();
        return clean;
    }

    private void refuseDuplicate(String name, UUID self) {
        queries.findByName(entityManager, name).filter(existing -> !existing.id().equals(self)).ifPresent(clash -> {
            throw new ProblemException(ProblemCode.REGION_DUPLICATE);
        });
    }
}
