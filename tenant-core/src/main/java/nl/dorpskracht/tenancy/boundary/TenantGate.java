package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * The one entry into a tenant for requests whose path names none: every {@link TenantPage}, and the few REST resources
 * whose tenant is a query (the member's own feed, the national figures). A {@link TenantRule} chooses the tenant,
 * {@link TenantAccess} checks the caller's grants and binds it. Grants are read once per request, so what passed once
 * in this request is not checked again for every getter of a page.
 */
@RequestScoped
public class TenantGate {

    @Inject
    TenantGrants caller;

    @Inject
    TenantAccess access;

    @Inject
    @Any
    Instance<TenantRule> rules;

    private final Set<String> passed = new HashSet<>();

    /**
     * Enters the tenant a {@link TenantPage} works in, by its rule and roles; nothing when it has none. The page's
     * interceptor calls this before every method; a page's {@code @PostConstruct}, which no interceptor wraps, calls it
     * itself before it reads.
     */
    public void enter(TenantView page) {
        String tenant = page.viewedTenant();
        if (tenant == null) {
            return;
        }
        TenantPage gate = page.getClass().getAnnotation(TenantPage.class);
        if (gate == null) {
            throw new IllegalStateException(page.getClass().getName() + " is a TenantView without @TenantPage");
        }
        enter(tenant, gate.rule(), gate.value());
    }

    /** Enters the tenant {@code rule} chooses for {@code named} with one of {@code roles}; returns it. */
    public String enter(String named, Class<? extends TenantRule> rule, Role... roles) {
        if (!caller.isAuthenticated()) {
            throw new ProblemException(ProblemCode.NOT_AUTHENTICATED);
        }
        String tenant = rules.select(rule).get().choose(named);
        if (passed.add(tenant + Arrays.toString(roles))) {
            try {
                access.enter(tenant, roles);
            } catch (RuntimeException refused) {
                passed.remove(tenant + Arrays.toString(roles));
                throw refused;
            }
        }
        return tenant;
    }
}
