package nl.dorpskracht.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;

/** Who must have a second factor before their login opens anything. The one place that says so. */
@ApplicationScoped
public class SecondFactorPolicy {

    /**
     * Roles that need a second factor wherever they are held. The platform's own administrators
     * ({@code platform_admin}) need one too: the authentication mechanism asks for them beside these grants.
     */
    static final Set<Role> ALWAYS = EnumSet.of(Role.PLATFORM_ADMIN);

    /** Roles that need one in a tenant that switched {@code second_factor_required} on. */
    public static final Set<Role> BY_TENANT_SETTING = EnumSet.of(Role.TENANT_ADMIN, Role.TREASURER);

    @Inject
    ApplicationDataSource dataSource;

    public boolean requiredFor(Collection<Grant> grants) {
        if (grants.stream().anyMatch(grant -> ALWAYS.contains(grant.role()))) {
            return true;
        }
        if (grants.stream().noneMatch(grant -> BY_TENANT_SETTING.contains(grant.role()))) {
            return false;
        }
        Set<String> requiring = tenantsRequiring();
        return grants.stream()
                .anyMatch(grant -> BY_TENANT_SETTING.contains(grant.role()) && requiring.contains(grant.tenant()));
    }

    /** The tenant registry is platform data every login may read. */
    @Transactional(TxType.REQUIRES_NEW)
    public Set<String> tenantsRequiring() {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection
                        .prepareStatement("select code from tenant where second_factor_required");
                ResultSet rows = select.executeQuery()) {
            Set<String> tenants = new HashSet<>();
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the tenants' second factor setting failed", e);
        }
    }
}
