package nl.dorpskracht.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantRule;

/**
 * The province a member's request works in, for paths without a tenant: one where the caller is a contact person (the
 * one asked for, if it is one of theirs; otherwise the first), entered through {@link TenantGate}. A tenant asked for
 * where the caller is no contact person looks like one that does not exist.
 */
@RequestScoped
public class MemberTenant implements TenantRule {

    @Inject
    Caller caller;

    /** The caller's provinces as a contact person, in a stable order; empty for anyone else. */
    public List<String> all() {
        return caller.tenantsWhere(Role.MEMBER_CONTACT);
    }

    /** The province to enter, or why not: not a contact person, or not theirs. */
    @Override
    public String choose(String requested) {
        return own(requested).orElseThrow(() -> new ProblemException(requested == null || requested.isBlank()
                ? ProblemCode.CONTACT_NOT_FOUND : ProblemCode.TENANT_NOT_FOUND));
    }

    private Optional<String> own(String requested) {
        List<String> own = all();
        if (requested == null || requested.isBlank()) {
            return own.stream().findFirst();
        }
        return own.stream().filter(requested.strip()::equals).findFirst();
    }
}
