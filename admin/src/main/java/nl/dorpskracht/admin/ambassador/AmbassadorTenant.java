package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantAccess;

/**
 * The association an ambassador's page works in: the one asked for if the caller is ambassador there, otherwise their
 * first; entered through {@link TenantAccess} as ambassador only, so the page sees their regions and nothing more, also
 * when the same person administers the association. An association asked for where the caller is no ambassador looks
 * like one that does not exist.
 */
@RequestScoped
public class AmbassadorTenant {

    @Inject
    Caller caller;

    @Inject
    TenantAccess access;

    /** The associations where the caller is ambassador, in a stable order; empty for anyone else. */
    public List<String> all() {
        return caller.tenantsWhere(Role.REGIONAL_AMBASSADOR);
    }

    /**
     * The association the request will work in, without entering it yet; empty when the caller is ambassador nowhere.
     */
    public String choose(String requested) {
        List<String> own = all();
        if (requested == null || requested.isBlank()) {
            return own.isEmpty() ? null : own.get(0);
        }
        return requested.strip();
    }

    /** Enters the association chosen, or says why not: not logged in, no ambassador, or not theirs. */
    public void enter(String tenant) {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        if (tenant == null) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        if (!all().contains(tenant)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        access.enter(tenant, Role.REGIONAL_AMBASSADOR);
    }

    /** The caller's regions in the association. */
    public List<String> regionsIn(String tenant) {
        return tenant == null ? List.of() : caller.ambassadorRegionsIn(tenant);
    }
}
