package nl.dorpskracht.contributions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.contributions.control.CreditorQueries;
import nl.dorpskracht.contributions.control.PlanQueries;
import nl.dorpskracht.contributions.entity.ContributionPlan;
import nl.dorpskracht.contributions.entity.ContributionTier;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.CreditorInput;
import nl.dorpskracht.contributions.entity.MemberContribution;
import nl.dorpskracht.contributions.entity.PayerKind;
import nl.dorpskracht.contributions.entity.PlanDetails;
import nl.dorpskracht.contributions.entity.PlanInput;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.contributions.entity.SepaCreditor;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * What members pay and to whom: the contribution plans, each member's plan and payer, and the tenant's SEPA creditor
 * settings (the members' mandates are {@link MandateService}'s). One call, one transaction, one audit entry per write.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ContributionService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    // --- plans

    public List<PlanWithTiers> plans() {
        Map<UUID, List<Tier>> tiers = PlanQueries.tiers(entityManager);
        Map<UUID, Long> members = PlanQueries.membersPerPlan(entityManager);
        return entityManager
                .createQuery("select p from ContributionPlan p order by p.active desc, lower(p.name)",
                        ContributionPlan.class)
                .getResultStream().map(plan -> new PlanWithTiers(plan, details(plan, tiers.get(plan.id())),
                        members.getOrDefault(plan.id(), 0L)))
                .toList();
    }

    public PlanWithTiers plan(UUID id) {
        ContributionPlan plan = findPlan(id);
        return new PlanWithTiers(plan, details(plan, PlanQueries.tiersOf(entityManager, id)),
                PlanQueries.membersPerPlan(entityManager).getOrDefault(id, 0L));
    }

    public PlanWithTiers createPlan(PlanInput input) {
        PlanDetails details = input.validate();
        refuseDuplicateName(details.name(), null);
        ContributionPlan plan = new ContributionPlan(details);
        entityManager.persist(plan);
        details.tiers().forEach(tier -> entityManager.persist(new ContributionTier(plan.id(), tier)));
        entityManager.flush();
        audit.record("CREATE", "ContributionPlan", plan.id(), FieldChanges.between(Map.of(), details.fields()));
        return new PlanWithTiers(plan, details, 0);
    }

    public PlanWithTiers updatePlan(UUID id, Long expectedVersion, PlanInput input) {
        PlanDetails details = input.validate();
        ContributionPlan plan = findPlan(id);
        if (expectedVersion == null || expectedVersion != plan.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        refuseDuplicateName(details.name(), id);
        PlanDetails before = details(plan, PlanQueries.tiersOf(entityManager, id));
        if (details.kind() != PlanKind.MUNICIPALITY && before.kind() == PlanKind.MUNICIPALITY
                && PlanQueries.membersPerPlan(entityManager).getOrDefault(id, 0L) > 0) {
            // members on it are billed to their municipality; changing the kind would leave them paying themselves
            throw new ProblemException(ProblemCode.PLAN_IN_USE);
        }
        Map<String, Object[]> changes = FieldChanges.between(before.fields(), details.fields());
        if (!changes.isEmpty()) {
            plan.apply(details);
            if (!before.tiers().equals(details.tiers())) {
                entityManager.createQuery("delete from ContributionTier t where t.planId = :plan")
                        .setParameter("plan", id).executeUpdate();
                details.tiers().forEach(tier -> entityManager.persist(new ContributionTier(id, tier)));
            }
            entityManager.flush();
            audit.record("UPDATE", "ContributionPlan", id, changes);
        }
        return new PlanWithTiers(plan, details, PlanQueries.membersPerPlan(entityManager).getOrDefault(id, 0L));
    }

    /** Deletes a plan nobody uses and no invoice names; otherwise it is to be made inactive. */
    public void deletePlan(UUID id) {
        ContributionPlan plan = findPlan(id);
        boolean used = PlanQueries.membersPerPlan(entityManager).getOrDefault(id, 0L) > 0
                || !entityManager.createQuery("select l.id from InvoiceLine l where l.planId = :plan", UUID.class)
                        .setParameter("plan", id).setMaxResults(1).getResultList().isEmpty();
        if (used) {
            throw new ProblemException(ProblemCode.PLAN_IN_USE);
        }
        PlanDetails before = details(plan, PlanQueries.tiersOf(entityManager, id));
        entityManager.createQuery("delete from ContributionTier t where t.planId = :plan").setParameter("plan", id)
                .executeUpdate();
        entityManager.remove(plan);
        entityManager.flush();
        audit.record("DELETE", "ContributionPlan", id, Map.of("name", new Object[] { before.name(), null }));
    }

    /** Gives every active member without a plan this plan; returns how many. */
    public int assignToMembersWithoutPlan(UUID planId, String payerText) {
        ContributionPlan plan = findPlan(planId);
        PayerKind payer = payerFor(plan, payerText);
        List<UUID> without = entityManager
                .createQuery(
                        "select m.id from MemberOrganisation m where m.status = :active"
                                + " and not exists (select c from MemberContribution c where c.memberId = m.id)",
                        UUID.class)
                .setParameter("active", MemberStatus.ACTIVE).getResultList();
        for (UUID member : without) {
            entityManager.persist(new MemberContribution(member, planId, payer));
        }
        entityManager.flush();
        if (!without.isEmpty()) {
            audit.record("ASSIGN_PLAN", "ContributionPlan", planId,
                    Map.of("members", new Object[] { null, without.size() }, "payer", new Object[] { null, payer }));
        }
        return without.size();
    }

    // --- a member's plan and payer

    public MemberContribution memberContribution(UUID memberId) {
        requireMember(memberId);
        MemberContribution contribution = entityManager.find(MemberContribution.class, memberId);
        if (contribution == null) {
            throw new ProblemException(ProblemCode.PLAN_NOT_FOUND,
                    "Deze lidorganisatie heeft nog geen contributieplan.");
        }
        return contribution;
    }

    public MemberContribution assign(UUID memberId, String planText, String payerText, Long expectedVersion) {
        requireMember(memberId);
        UUID planId = parsePlanId(planText);
        ContributionPlan plan = entityManager.find(ContributionPlan.class, planId);
        if (plan == null) {
            throw ProblemException.invalid(List.of(FieldError.field("planId", "required.plan")));
        }
        PayerKind payer = payerFor(plan, payerText);
        MemberContribution current = entityManager.find(MemberContribution.class, memberId);
        if (current == null) {
            current = new MemberContribution(memberId, planId, payer);
            entityManager.persist(current);
            entityManager.flush();
            audit.record("ASSIGN_PLAN", "MemberContribution", memberId,
                    Map.of("plan", new Object[] { null, plan.name() }, "payer", new Object[] { null, payer }));
            return current;
        }
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        Map<String, Object[]> changes = new LinkedHashMap<>();
        if (!current.planId().equals(planId)) {
            changes.put("planId", new Object[] { current.planId(), planId });
        }
        if (current.payer() != payer) {
            changes.put("payer", new Object[] { current.payer(), payer });
        }
        if (!changes.isEmpty()) {
            current.assign(planId, payer);
            entityManager.flush();
            audit.record("ASSIGN_PLAN", "MemberContribution", memberId, changes);
        }
        return current;
    }

    // --- creditor

    public CreditorDetails creditor() {
        SepaCreditor creditor = findCreditor();
        if (creditor == null) {
            throw new ProblemException(ProblemCode.CREDITOR_MISSING);
        }
        return creditor.details();
    }

    public CreditorDetails saveCreditor(CreditorInput input) {
        CreditorDetails details = input.validate();
        SepaCreditor creditor = findCreditor();
        CreditorDetails before = creditor == null ? CreditorDetails.NONE : creditor.details();
        if (creditor == null) {
            entityManager.persist(new SepaCreditor(details));
        } else {
            creditor.apply(details);
        }
        entityManager.flush();
        Map<String, Object[]> changes = FieldChanges.between(before.fields(), details.fields());
        if (!changes.isEmpty()) {
            audit.record(creditor == null ? "CREATE" : "UPDATE", "SepaCreditor", "sepa", changes);
        }
        return details;
    }

    // --- helpers

    private MemberOrganisation requireMember(UUID memberId) {
        MemberOrganisation member = memberId == null ? null : entityManager.find(MemberOrganisation.class, memberId);
        if (member == null) {
            throw new ProblemException(ProblemCode.MEMBER_NOT_FOUND);
        }
        return member;
    }

    private ContributionPlan findPlan(UUID id) {
        ContributionPlan plan = id == null ? null : entityManager.find(ContributionPlan.class, id);
        if (plan == null) {
            throw new ProblemException(ProblemCode.PLAN_NOT_FOUND);
        }
        return plan;
    }

    private SepaCreditor findCreditor() {
        return CreditorQueries.creditor(entityManager).orElse(null);
    }

    private static PayerKind payerFor(ContributionPlan plan, String payerText) {
        if (!plan.active()) {
            throw new ProblemException(ProblemCode.PLAN_INACTIVE);
        }
        PayerKind payer;
        if (payerText == null || payerText.isBlank()) {
            payer = plan.kind() == PlanKind.MUNICIPALITY ? PayerKind.MUNICIPALITY : PayerKind.ORGANISATION;
        } else {
            try {
                payer = PayerKind.valueOf(payerText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(List.of(FieldError.field("payer", "invalid.payer")));
            }
        }
        if (plan.kind() == PlanKind.MUNICIPALITY && payer != PayerKind.MUNICIPALITY) {
            throw ProblemException.invalid(List.of(FieldError.field("payer", "invalid.payerForPlan")));
        }
        return payer;
    }

    private static UUID parsePlanId(String text) {
        try {
            return UUID.fromString(Objects.requireNonNull(text).strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalid(List.of(FieldError.field("planId", "required.plan")));
        }
    }

    private void refuseDuplicateName(String name, UUID self) {
        boolean clash = entityManager
                .createQuery("select p.id from ContributionPlan p where lower(p.name) = :name", UUID.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(existing -> !existing.equals(self));
        if (clash) {
            throw new ProblemException(ProblemCode.PLAN_DUPLICATE);
        }
    }

    private static PlanDetails details(ContributionPlan plan, List<Tier> tiers) {
        return new PlanDetails(plan.name(), plan.kind(), plan.amountCents(), plan.active(),
                tiers == null ? List.of() : tiers);
    }

}
