package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;

/**
 * The contributions page's shared state: whose contributions it shows. The plans ({@link ContributionPlans}), the SEPA
 * creditor ({@link ContributionCreditor}) and the yearly runs ({@link ContributionRuns}) read the tenant from here, so
 * one view never works in two associations.
 */
@Named("contributionsPage")
@ViewScoped
public class ContributionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }
}
