package nl.dorpskracht.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.ImportCheck;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.members.control.ImportCommand;
import nl.dorpskracht.members.control.ImportCommand.Existing;
import nl.dorpskracht.members.control.ImportPlan;
import nl.dorpskracht.members.control.ImportPlan.PlannedContact;
import nl.dorpskracht.members.control.ImportPlan.PlannedOrganisation;
import nl.dorpskracht.members.control.ImportProgress;
import nl.dorpskracht.members.control.ImportProgress.Phase;
import nl.dorpskracht.members.control.ImportResult;
import nl.dorpskracht.members.control.ImportUpdate;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Imports a member file all-or-nothing: the whole file is read and checked (also against what the tenant already has)
 * before the first row is written, and everything is written in one transaction. The command carries the tenant because
 * a large import runs on a worker thread; only code that passed the tenant gate builds commands.
 */
@ApplicationScoped
public class MemberImport {

    private static final String AUDIT_TYPE = "MemberOrganisation";
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    AuditLog audit;

    @Inject
    ImportCheck checks;

    @Inject
    TransactionFunctions functions;

    @Inject
    ImportUpdate updates;

    @Transactional
    public ImportResult run(ImportCommand command, ImportProgress progress) {
        tenantWork.workIn(command.tenant());
        // PostgreSQL checks every foreign key with a cached plan. Planned while this import's first rows made
        // member_organisation look tiny, it scans the whole, growing table for each later contact person and mandate;
        // planning each check afresh (for this transaction only) sees the table as it is.
        functions.rows("select set_config('plan_cache_mode', 'force_custom_plan', true)");
        // The import flushes itself, chunk by chunk; a flush before every query would compare every managed row.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        progress.enter(Phase.READING, 0);
        ImportPlan plan = plan(command.file());
        progress.enter(Phase.CHECKING, plan.rows());
        Map<String, MemberOrganisation> existing = checks.existingByIdentity(entityManager, command.tenant());
        List<PlannedOrganisation> organisations = checks.checked(entityManager,
                checks.registered(plan, command.tenant()), existing, command.existing());
        int found = (int) organisations.stream().filter(o -> existing.containsKey(o.identity())).count();
        int mandates = (int) organisations.stream().filter(o -> o.mandate() != null).count();
        if (command.dryRun()) {
            progress.enter(Phase.DONE, 0);
            return new ImportResult(true, organisations.size() - found, 0, 0, plan.contactCount(), mandates, found);
        }
        progress.enter(Phase.WRITING, organisations.size());
        int updated = 0;
        int skipped = 0;
        int contacts = 0;
        List<PlannedOrganisation> fresh = new ArrayList<>();
        Existing mode = command.existing();
        boolean updating = mode == Existing.UPDATE && found > 0;
        Map<UUID, List<ContactPerson>> contactsByMember = updating ? updates.contactsByMember(entityManager) : Map.of();
        Map<UUID, SepaMandate> mandatesByMember = updating ? updates.mandatesByMember(entityManager) : Map.of();
        if (updating) {
            updates.clearReplacedPrimaries(entityManager, organisations, existing, contactsByMember);
        }
        for (PlannedOrganisation planned : organisations) {
            MemberOrganisation current = existing.get(planned.identity());
            if (current == null) {
                fresh.add(planned);
            } else if (command.existing() == Existing.SKIP) {
                skipped++;
                progress.advance(1);
            } else {
                contacts += updates.update(entityManager, command.actor(), current, planned,
                        contactsByMember.getOrDefault(current.id(), List.of()), mandatesByMember.get(current.id()));
                updated++;
                progress.advance(1);
            }
        }
        entityManager.flush();
        entityManager.clear();
        for (int start = 0; start < fresh.size(); start += CHUNK) {
            List<PlannedOrganisation> chunk = fresh.subList(start, Math.min(fresh.size(), start + CHUNK));
            List<MemberOrganisation> created = new ArrayList<>(chunk.size());
            for (PlannedOrganisation planned : chunk) {
                MemberOrganisation member = new MemberOrganisation(planned.details(), statusOf(planned));
                entityManager.persist(member);
                created.add(member);
            }
            entityManager.flush();
            for (int i = 0; i < chunk.size(); i++) {
                contacts += addDependents(command.actor(), created.get(i), chunk.get(i));
            }
            entityManager.flush();
            entityManager.clear();
            progress.advance(chunk.size());
        }
        ImportResult result = new ImportResult(false, fresh.size(), updated, skipped, contacts, mandates, found);
        audit.record(command.actor(), "IMPORT", AUDIT_TYPE, "file", summary(plan.rows(), result));
        progress.enter(Phase.DONE, 0);
        return result;
    }

    private static ImportPlan plan(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ImportPlan.read(in, ContactService.today());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MemberStatus statusOf(PlannedOrganisation planned) {
        return planned.status() == null ? MemberStatus.ACTIVE : planned.status();
    }

    /** What belongs to a new member; written after the members themselves, so references are checked at once. */
    private int addDependents(String actor, MemberOrganisation member, PlannedOrganisation planned) {
        entityManager.persist(new MemberStatusChange(member.id(), member.status(), actor, "import"));
        if (planned.mandate() != null) {
            entityManager.persist(new SepaMandate(member.id(), planned.mandate()));
        }
        boolean primaryGiven = planned.contacts().stream().anyMatch(c -> c.details().primary());
        boolean first = true;
        for (PlannedContact contact : planned.contacts()) {
            entityManager.persist(new ContactPerson(member.id(),
                    contact.details().asPrimary(primaryGiven ? contact.details().primary() : first)));
            first = false;
        }
        return planned.contacts().size();
    }

    private static Map<String, Object[]> summary(int rows, ImportResult result) {
        Map<String, Object[]> summary = new LinkedHashMap<>();
        summary.put("rows", new Object[] { null, rows });
        summary.put("imported", new Object[] { null, result.imported() });
        summary.put("updated", new Object[] { null, result.updated() });
        summary.put("skipped", new Object[] { null, result.skipped() });
        summary.put("contacts", new Object[] { null, result.contacts() });
        return summary;
    }
}
