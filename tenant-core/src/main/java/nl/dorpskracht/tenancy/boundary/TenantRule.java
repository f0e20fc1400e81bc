package nl.dorpskracht.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which tenant a request works in when the tenant it names is a wish rather than a path: a CDI bean that chooses, or
 * refuses with the {@link nl.dorpskracht.platform.problem.ProblemException} its callers know. The caller's grants are
 * checked afterwards by {@link TenantAccess}, whatever the rule chose.
 */
public interface TenantRule {

    /** The tenant to enter for {@code named} (null or blank: the rule's default). */
    String choose(String named);

    /** The tenant named, as it is: for pages that captured their tenant from the caller's own grants. */
    @ApplicationScoped
    class AsNamed implements TenantRule {

        @Override
        public String choose(String named) {
            return named;
        }
    }
}
