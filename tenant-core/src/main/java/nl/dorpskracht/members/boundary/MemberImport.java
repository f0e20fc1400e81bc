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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.members.control.ImportCommand;
import nl.dorpskracht.members.control.ImportCommand.Existing;
import nl.dorpskracht.members.control.ImportPlan;
import nl.dorpskracht.members.control.ImportPlan.PlannedContact;
import nl.dorpskracht.members.control.ImportPlan.PlannedOrganisation;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;
import nl.dorpskracht.members.control.ImportProgress;
import nl.dorpskracht.members.control.ImportProgress.Phase;
import nl.dorpskracht.members.control.ImportResult;
import nl.dorpskracht.members.control.MemberColumn;
import nl.dorpskracht.members.control.RegionQueries;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.platform.audit.control.AuditLog;
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
    RegionQueries regions;

    @Inject
    TransactionFunctions functions;

    @Inject
    MunicipalityRegister municipalities;

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
        Map<String, MemberOrganisation> existing = existingByIdentity(command.tenant());
        List<PlannedOrganisation> organisations = check(registered(plan, command.tenant()), existing,
                command.existing());
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
        Map<UUID, List<ContactPerson>> contactsByMember = updating ? contactsByMember() : Map.of();
        Map<UUID, SepaMandate> mandatesByMember = updating ? mandatesByMember() : Map.of();
        if (updating) {
            clearReplacedPrimaries(organisations, existing, contactsByMember);
        }
        for (PlannedOrganisation planned : organisations) {
            MemberOrganisation current = existing.get(planned.identity());
            if (current == null) {
                fresh.add(planned);
            } else if (command.existing() == Existing.SKIP) {
                skipped++;
                progress.advance(1);
            } else {
                contacts += update(command.actor(), current, planned,
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

    /**
     * Every organisation's municipality as the register names and codes it, by the rule the API and the pages use; a
     * name it does not know is an error on its line. Two lines that wrote one municipality two ways are one
     * organisation twice.
     */
    private List<PlannedOrganisation> registered(ImportPlan plan, String tenant) {
        ImportPlan.Errors errors = ImportPlan.errors();
        Map<String, Integer> seen = new HashMap<>();
        List<PlannedOrganisation> registered = new ArrayList<>();
        for (PlannedOrganisation planned : plan.organisations()) {
            MemberDetails details = planned.details();
            var municipality = municipalities.match(tenant, details.municipality());
            if (municipality.isEmpty()) {
                errors.add(planned.line(), MemberColumn.MUNICIPALITY, "unknown.municipality", details.municipality());
                continue;
            }
            PlannedOrganisation found = planned
                    .withDetails(details.withMunicipality(municipality.get().name(), municipality.get().code()));
            Integer earlier = seen.putIfAbsent(found.identity(), planned.line());
            if (earlier != null) {
                errors.add(planned.line(), MemberColumn.NAME, "import.duplicateRow", earlier);
                continue;
            }
            registered.add(found);
        }
        errors.throwIfAny();
        return registered;
    }

    private List<PlannedOrganisation> check(List<PlannedOrganisation> organisations,
            Map<String, MemberOrganisation> existing, Existing mode) {
        Map<String, String> regionNames = new HashMap<>();
        regions.all(entityManager)
                .forEach(region -> regionNames.put(region.name().toLowerCase(Locale.ROOT), region.name()));
        Map<String, UUID> mandateOwners = new HashMap<>();
        entityManager.createQuery("select m from SepaMandate m", SepaMandate.class).getResultStream()
                .forEach(m -> mandateOwners.put(m.reference().toLowerCase(Locale.ROOT), m.memberId()));
        ImportPlan.Errors errors = ImportPlan.errors();
        List<PlannedOrganisation> checked = new ArrayList<>();
        for (PlannedOrganisation planned : organisations) {
            MemberDetails details = planned.details();
            MemberOrganisation current = existing.get(planned.identity());
            if (current != null && mode == Existing.ASK) {
                errors.add(planned.line(), MemberColumn.NAME, "import.existing");
            }
            if (details.region() != null && !regionNames.containsKey(details.region().toLowerCase(Locale.ROOT))) {
                errors.add(planned.line(), MemberColumn.REGION, "unknown.region", details.region());
            }
            if (planned.mandate() != null) {
                UUID owner = mandateOwners.get(planned.mandate().reference().toLowerCase(Locale.ROOT));
                if (owner != null && (current == null || !owner.equals(current.id()))) {
                    errors.add(planned.line(), MemberColumn.MANDATE_REFERENCE, "import.mandateTaken");
                }
            }
            checked.add(planned);
        }
        errors.throwIfAny();
        return checked.stream().map(planned -> withCanonicalRegion(planned, regionNames)).toList();
    }

    private static PlannedOrganisation withCanonicalRegion(PlannedOrganisation planned,
            Map<String, String> regionNames) {
        String region = planned.details().region();
        return region == null ? planned
                : planned.withDetails(planned.details().withRegion(regionNames.get(region.toLowerCase(Locale.ROOT))));
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

    private int update(String actor, MemberOrganisation member, PlannedOrganisation planned,
            List<ContactPerson> currentContacts, SepaMandate mandate) {
        Map<String, Object[]> changes = new LinkedHashMap<>(member.describe(planned.details()));
        if (planned.status() != null) {
            MemberStatus before = member.status();
            MemberStatusChange change = member.changeStatus(planned.status(), actor, "import");
            if (change != null) {
                entityManager.persist(change);
                changes.put("status", new Object[] { before, planned.status() });
            }
        }
        if (planned.mandate() != null) {
            if (mandate == null) {
                entityManager.persist(new SepaMandate(member.id(), planned.mandate()));
                changes.put("mandate", new Object[] { null, planned.mandate().reference() });
            } else if (!mandate.details().equals(planned.mandate())) {
                changes.put("mandate", new Object[] { mandate.reference(), planned.mandate().reference() });
                mandate.replaceWith(planned.mandate());
            }
        }
        int contacts = updateContacts(member.id(), planned.contacts(), currentContacts);
        if (!changes.isEmpty()) {
            audit.record(actor, "UPDATE", AUDIT_TYPE, member.id(), changes);
        }
        return contacts;
    }

    /** Contact persons are matched by name and e-mail; new ones are added, none is removed. */
    private int updateContacts(UUID memberId, List<PlannedContact> planned, List<ContactPerson> current) {
        String primaryInFile = primaryIn(planned);
        boolean newPrimary = primaryInFile != null;
        boolean anyPrimary = newPrimary || current.stream().anyMatch(ContactPerson::primary);
        for (PlannedContact contact : planned) {
            ContactPerson match = current.stream().filter(c -> sameness(c).equals(sameness(contact))).findFirst()
                    .orElse(null);
            boolean primary = contact.primaryGiven() ? contact.details().primary()
                    : match != null && match.primary() && (!newPrimary || sameness(match).equals(primaryInFile));
            if (!anyPrimary) {
                primary = true;
                anyPrimary = true;
            }
            if (match == null) {
                entityManager.persist(new ContactPerson(memberId, contact.details().asPrimary(primary)));
            } else {
                match.describe(contact.details().asPrimary(primary));
            }
        }
        return planned.size();
    }

    /**
     * A new primary contact and the old one must not both be primary in one flush (a unique index), so every primary
     * that the file replaces is cleared first, for all organisations at once, in one flush.
     */
    private void clearReplacedPrimaries(List<PlannedOrganisation> organisations,
            Map<String, MemberOrganisation> existing, Map<UUID, List<ContactPerson>> contactsByMember) {
        boolean cleared = false;
        for (PlannedOrganisation planned : organisations) {
            MemberOrganisation current = existing.get(planned.identity());
            String primaryInFile = primaryIn(planned.contacts());
            if (current == null || primaryInFile == null) {
                continue;
            }
            for (ContactPerson contact : contactsByMember.getOrDefault(current.id(), List.of())) {
                if (contact.primary() && !sameness(contact).equals(primaryInFile)) {
                    contact.makePrimary(false);
                    cleared = true;
                }
            }
        }
        if (cleared) {
            entityManager.flush();
        }
    }

    private static String primaryIn(List<PlannedContact> planned) {
        return planned.stream().filter(c -> c.details().primary()).map(MemberImport::sameness).findFirst().orElse(null);
    }

    private static String sameness(ContactPerson contact) {
        return (contact.name() + "|" + (contact.email() == null ? "" : contact.email())).toLowerCase(Locale.ROOT);
    }

    private static String sameness(PlannedContact contact) {
        return (contact.details().name() + "|" + (contact.details().email() == null ? "" : contact.details().email()))
                .toLowerCase(Locale.ROOT);
    }

    private Map<UUID, List<ContactPerson>> contactsByMember() {
        Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
        entityManager.createQuery("select c from ContactPerson c where c.erasedAt is null", ContactPerson.class)
                .getResultStream()
                .forEach(c -> contacts.computeIfAbsent(c.organisationId(), id -> new ArrayList<>()).add(c));
        return contacts;
    }

    private Map<UUID, SepaMandate> mandatesByMember() {
        Map<UUID, SepaMandate> mandates = new HashMap<>();
        entityManager.createQuery("select m from SepaMandate m", SepaMandate.class).getResultStream()
                .forEach(m -> mandates.put(m.memberId(), m));
        return mandates;
    }

    /**
     * The organisations there are, by name and municipality code. One stored without a code (from before the register)
     * whose written municipality the register now knows is found by that code too: the file names it the same way, and
     * the database's own identity (name and written municipality) would refuse it as a second organisation.
     */
    private Map<String, MemberOrganisation> existingByIdentity(String tenant) {
        Map<String, MemberOrganisation> existing = new HashMap<>();
        entityManager.createQuery("select m from MemberOrganisation m", MemberOrganisation.class).getResultStream()
                .forEach(m -> {
                    if (m.municipalityCode() != null) {
                        existing.put(ImportPlan.identity(m.name(), m.municipalityCode()), m);
                        return;
                    }
                    existing.put(ImportPlan.identity(m.name(), m.municipality()), m);
                    municipalities.match(tenant, m.municipality())
                            .ifPresent(known -> existing.putIfAbsent(ImportPlan.identity(m.name(), known.code()), m));
                });
        return existing;
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
