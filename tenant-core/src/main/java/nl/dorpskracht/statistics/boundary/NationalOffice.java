package nl.dorpskracht.statistics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantRule;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * Who may see a federation's national figures: the national office (or a platform administrator) of its national
 * tenant, nobody else — not the national tenant's own administrators, not a province. A request with no tenant in its
 * path enters the federation this rule chooses through {@link TenantGate}.
 */
@RequestScoped
public class NationalOffice implements TenantRule {

    /** The roles that see a federation's figures. */
    public static final Role[] ROLES = { Role.NATIONAL_OFFICE, Role.PLATFORM_ADMIN };

    @Inject
    Caller caller;

    @Inject
    TenantRegistry registry;

    /** The national tenants whose figures the caller may see, in a stable order. */
    public List<String> federations() {
        return caller.tenantsWhere(ROLES).stream()
                .filter(code -> registry.find(code).filter(t -> t.kind() == TenantKind.NATIONAL).isPresent()).toList();
    }

    /** The named federation, or the caller's first when none is named; refused for anyone but its national office. */
    @Override
    public String choose(String requested) {
        List<String> allowed = federations();
        if (allowed.isEmpty()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        String federation = requested == null || requested.isBlank() ? allowed.get(0) : requested.strip();
        if (!allowed.contains(federation)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        return federation;
    }
}
