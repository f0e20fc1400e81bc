package nl.dorpskracht.statistics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantAccess;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.entity.TenantKind;

/**
 * Who may see a federation's national figures: the national office (or a platform administrator) of its national
 * tenant, nobody else — not the national tenant's own administrators, not a province. A request with no tenant in its
 * path enters the federation here, through the one gate of {@link TenantAccess}.
 */
@RequestScoped
public class NationalOffice {

    private static final Role[] ROLES = { Role.NATIONAL_OFFICE, Role.PLATFORM_ADMIN };

    @Inject
    Caller caller;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantAccess access;

    /** The national tenants whose figures the caller may see, in a stable order. */
    public List<String> federations() {
        return caller.tenantsWhere(ROLES).stream()
                .filter(code -> registry.find(code).filter(t -> t.kind() == TenantKind.NATIONAL).isPresent()).toList();
    }

    /** Enters the named federation, or the caller's first when none is named; returns its code. */
    public String enter(String requested) {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        List<String> allowed = federations();
        if (allowed.isEmpty()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        String federation = requested == null || requested.isBlank() ? allowed.get(0) : requested.strip();
        if (!allowed.contains(federation)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        access.enter(federation, ROLES);
        return federation;
    }
}
