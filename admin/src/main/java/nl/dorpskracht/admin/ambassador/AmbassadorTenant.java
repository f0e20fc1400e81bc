package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantAccess;
import nl.dorpskracht.tenancy.boundary.TenantRule;

/**
 * The association an ambassador's page works in: the one asked for if the caller is ambassador there, otherwise their
 * first; entered through the page gate and {@link TenantAccess} as ambassador only, so the page sees their regions and
 * nothing more, also when the same person administers the association. An association asked for where the caller is no
 * ambassador looks like one that does not exist.
 */
@RequestScoped
public class AmbassadorTenant implements TenantRule {

    @Inject
    Caller caller;

    /** The associations where the caller is ambassador, in a stable order; empty for anyone else. */
    public List<String> all() {
        return caller.tenantsWhere(Role.REGIONAL_AMBASSADOR);
    }

    /**
     * The association the page will work in, without entering it yet; empty when the caller is ambassador nowhere.
     */
    public String wanted(String requested) {
        List<String> own = all();
        if (requested == null || requested.isBlank()) {
            return own.isEmpty() ? null : own.get(0);
        }
        return requested.strip();
    }

    /** The association to enter, or why not: no ambassador (none wanted), or not theirs. */
    @Override
    public String choose(String wanted) {
        if (wanted == null || wanted.isBlank()) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        if (!all().contains(wanted)) {
            throw new ProblemException(ProblemCode.TENANT_NOT_FOUND);
        }
        return wanted;
    }

    /** The caller's regions in the association. */
    public List<String> regionsIn(String tenant) {
        return tenant == null ? List.of() : caller.ambassadorRegionsIn(tenant);
    }
}
