package nl.dorpskracht.municipalities.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.municipalities.entity.Province;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The Dutch municipality register (CBS) as the rest of the application uses it: what a municipality is called, which
 * one a written name means for a tenant, the choices a form offers.
 */
@ApplicationScoped
public class MunicipalityRegister {

    @Inject
    TenantRegistry tenants;

    public List<Municipality> all() {
        return MunicipalityNames.register().all();
    }

    public List<Province> provinces() {
        return MunicipalityNames.register().provinces();
    }

    public Optional<Municipality> find(String cbsCode) {
        return MunicipalityNames.register().byCode(cbsCode);
    }

    /** The register code of the tenant's province, or null for a tenant without one (the national association). */
    public String provinceOf(String tenant) {
        return tenants.find(tenant).map(Tenant::provinceCode).orElse(null);
    }

    /**
     * The municipality a CBS code or a name stands for, as the tenant means it: a name two municipalities share
     * ("Bergen") is the one in the tenant's province. Empty when it is none, or still two.
     */
    public Optional<Municipality> match(String tenant, String codeOrName) {
        return MunicipalityNames.register().match(codeOrName, provinceOf(tenant));
    }

    /**
     * Every municipality, by province: the tenant's own first, then the others by name; within a province as CBS sorts.
     * What the member form offers.
     */
    public List<Municipality> choicesFor(String tenant) {
        String province = provinceOf(tenant);
        return all().stream().sorted(Comparator.comparing((Municipality m) -> !m.provinceCode().equals(province))
                .thenComparing(Municipality::provinceName)).toList();
    }
}
