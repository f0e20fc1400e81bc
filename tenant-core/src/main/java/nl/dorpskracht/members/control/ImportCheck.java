package nl.dorpskracht.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.ImportCommand.Existing;
import nl.dorpskracht.members.control.ImportPlan.PlannedOrganisation;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.municipalities.boundary.MunicipalityRegister;

/**
 * The checks of an import against what is known before anything is written: the municipality register, and the tenant's
 * organisations, regions and mandates, read in the import's own transaction. Every refusal names its line, and all of
 * them are reported at once.
 */
@ApplicationScoped
public class ImportCheck {

    @Inject
    RegionQueries regions;

    @Inject
    MunicipalityRegister municipalities;

    /**
     * Every organisation's municipality as the register names and codes it, by the rule the API and the pages use; a
     * name it does not know is an error on its line. Two lines that wrote one municipality two ways are one
     * organisation twice.
     */
    public List<PlannedOrganisation> registered(ImportPlan plan, String tenant) {
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

    /**
     * Refuses, each on its line, an organisation the tenant has when the import was to ask, a region the tenant does
     * not have and a mandate reference another organisation holds; writes every region as the tenant spells it.
     */
    public List<PlannedOrganisation> checked(EntityManager entityManager, List<PlannedOrganisation> organisations,
            Map<String, MemberOrganisation> existing, Existing mode) {
        Map<String, String> regionNames = new HashMap<>();
        regions.all(entityManager)
                .forEach(region -> regionNames.put(region.name().toLowerCase(Locale.ROOT), region.name()));
        Map<String, UUID> mandateOwners = new HashMap<>();
        MandateQueries.byMember(entityManager).values()
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

    /**
     * The organisations there are, by name and municipality code. One stored without a code (from before the register)
     * whose written municipality the register now knows is found by that code too: the file names it the same way, and
     * the database's own identity (name and written municipality) would refuse it as a second organisation.
     */
    public Map<String, MemberOrganisation> existingByIdentity(EntityManager entityManager, String tenant) {
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
}
