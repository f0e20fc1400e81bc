package nl.dorpskracht.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.campaigns.entity.CampaignTarget;
import nl.dorpskracht.campaigns.entity.TargetDetails;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;

/**
 * Writes one tenant's council targets from the municipality register, in one transaction. Seeding is system code, not a
 * request: it names its tenant itself. The marker row is claimed first, so two instances starting together seed a
 * tenant once.
 */
@ApplicationScoped
@Transactional
public class TargetListWriter {

    static final String ACTOR = "system";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    TransactionFunctions functions;

    @Inject
    AuditLog audit;

    /** Returns the number of targets written: 0 when the tenant's list was seeded before. */
    public int seedOnce(String tenant, String provinceCode) {
        tenantWork.workIn(tenant);
        // a query, not an update: with batch writing an update's row count is not known until the batch runs
        boolean claimed = !functions.rows(
                "insert into target_list_seed (tenant_id, source, targets)"
                        + " values (#a0, #a1, 0) on conflict (tenant_id) do nothing returning tenant_id",
                tenant, MunicipalityNames.SOURCE).isEmpty();
        return claimed ? write(tenant, provinceCode) : 0;
    }

    /**
     * Adds the councils of the tenant's province (all of them for a tenant without one) that its list lacks, whether or
     * not it was seeded before, and marks the list seeded. Returns the number of targets written. The province is read
     * in this transaction, so a tenant added in it a moment ago is seen.
     */
    public int addCouncils(String tenant) {
        tenantWork.workIn(tenant);
        List<Map<String, Object>> found = functions.rows("select province_code from tenant where code = #a0", tenant);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No tenant " + tenant);
        }
        String provinceCode = (String) found.get(0).get("province_code");
        functions.rows("insert into target_list_seed (tenant_id, source, targets) values (#a0, #a1, 0)"
                + " on conflict (tenant_id) do nothing returning tenant_id", tenant, MunicipalityNames.SOURCE);
        return write(tenant, provinceCode);
    }

    private int write(String tenant, String provinceCode) {
        String source = MunicipalityNames.SOURCE;
        Set<String> present = new HashSet<>(entityManager
                .createQuery("select concat(t.kind, '|', lower(t.name)) from CampaignTarget t", String.class)
                .getResultList());
        Set<String> councils = new HashSet<>(entityManager
                .createQuery("select t.municipalityCode from CampaignTarget t where t.municipalityCode is not null",
                        String.class)
                .getResultList());
        Set<String> provinces = new LinkedHashSet<>();
        int written = 0;
        for (Municipality municipality : MunicipalityNames.register().all()) {
            if (provinceCode != null && !provinceCode.equals(municipality.provinceCode())) {
                continue;
            }
            provinces.add(municipality.provinceName());
            if (councils.contains(municipality.code())) {
                continue;
            }
            written += add(present,
                    new TargetDetails(TargetKind.MUNICIPAL_COUNCIL, "Gemeenteraad van " + municipality.name(),
                            municipality.name(), municipality.provinceName(), null, null),
                    source);
        }
        for (String staten : provinces) {
            written += add(present, new TargetDetails(TargetKind.PROVINCE, "Provinciale Staten van " + staten, null,
                    staten, null, null), source);
        }
        entityManager.flush();
        functions.rows("update target_list_seed set targets = targets + #a0 where tenant_id = #a1 returning targets",
                written, tenant);
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("source", new Object[] { null, source });
        changes.put("targets", new Object[] { null, written });
        audit.record(ACTOR, "SEED", TargetInput.AUDIT_TYPE, tenant, changes);
        return written;
    }

    private int add(Set<String> present, TargetDetails details, String source) {
        if (!present.add(details.kind() + "|" + details.name().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        entityManager.persist(new CampaignTarget(details, source));
        return 1;
    }
}
