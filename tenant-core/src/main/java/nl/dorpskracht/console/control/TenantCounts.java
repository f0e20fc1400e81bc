package nl.dorpskracht.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * How big each association is, for the platform console: three counts per tenant and nothing that names anyone. Each
 * tenant is read under its own row security, one after the other, in one read-only transaction.
 */
@ApplicationScoped
public class TenantCounts {

    public record Counts(long memberOrganisations, long administrators, long openInvitations) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    private static final String SQL = "select"
            + " (select count(*) from member_organisation where status <> 'ARCHIVED'),"
            + " (select count(*) from account_grant where role = 'TENANT_ADMIN'),"
            + " (select count(*) from invitation where accepted_at is null and withdrawn_at is null"
            + " and expires_at > now())";

    @Inject
    ApplicationDataSource dataSource;

    @Transactional(TxType.REQUIRES_NEW)
    public Map<String, Counts> of(List<String> tenants) {
        Map<String, Counts> counts = new HashMap<>();
        try (Connection connection = dataSource.get().getConnection()) {
            // JDBC, not TenantWork: the console counts every tenant in one transaction, and TenantWork binds one
            // tenant per transaction; the counts are numbers only, and the last bind is cleared below
            for (String tenant : tenants) {
                RowSecurity.TENANT.bind(connection, tenant);
                RowSecurity.REGION_SCOPE.bind(connection, TenantOwned.ALL_REGIONS);
                try (PreparedStatement select = connection.prepareStatement(SQL);
                        ResultSet row = select.executeQuery()) {
                    row.next();
                    counts.put(tenant, new Counts(row.getLong(1), row.getLong(2), row.getLong(3)));
                }
            }
            RowSecurity.TENANT.bind(connection, null);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting per association failed", e);
        }
        return counts;
    }

    public static Counts none() {
        return Counts.NONE;
    }
}
