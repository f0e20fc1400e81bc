package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.security.entity.AccountWithGrants;
import nl.dorpskracht.security.entity.CredentialState;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.entity.StoredAccount;

/**
 * Accounts and their grants. Grants are tenant data under row-level security; the login path reads an account's own
 * grants by setting {@code app.account_id} for its transaction, the one policy that crosses tenants.
 */
@ApplicationScoped
public class AccountRepository {

    @Inject
    ApplicationDataSource dataSource;

    @Inject
    RememberedAccounts remembered;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<StoredAccount> findByEmail(String email) {
        String sql = "select id, email, display_name, password_hash, enabled from account where lower(email) = lower(?)";
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAccount(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an account failed", e);
        }
    }

    /** The address of an account, by id: what this instance's caches are keyed by, when another names the id. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> emailOf(UUID accountId) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement("select email from account where id = ?")) {
            select.setObject(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an account failed", e);
        }
    }

    /** Version and must-change flag of an enabled account; empty for an unknown or disabled one. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<CredentialState> credentialState(String email) {
        String sql = "select credentials_version, must_change_password from account"
                + " where lower(email) = lower(?) and enabled";
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new CredentialState(row.getLong(1), row.getBoolean(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an account failed", e);
        }
    }

    /** The account and its grants in one transaction: what every authenticated request needs to know. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<AccountWithGrants> findWithGrants(String email) {
        Optional<StoredAccount> account = findByEmail(email);
        if (account.isEmpty() || !account.get().enabled()) {
            return account.map(found -> new AccountWithGrants(found, List.of()));
        }
        try (Connection connection = dataSource.get().getConnection()) {
            UUID id = account.get().id();
            return Optional
                    .of(new AccountWithGrants(account.get(), grantsOf(connection, id), regionsOf(connection, id)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading grants failed", e);
        }
    }

    private static List<Grant> grantsOf(Connection connection, UUID accountId) throws SQLException {
        // JDBC, not TenantWork: this runs at login, before any tenant is chosen, and reads across tenants through the
        // one account-id policy, which is no tenant a persistence context could be bound to
        RowSecurity.ACCOUNT.bind(connection, accountId.toString());
        // a suspended association's grants give nothing until it is resumed; they stay, as all its data does
        try (PreparedStatement select = connection.prepareStatement("select g.tenant_id, g.role from account_grant g"
                + " join tenant t on t.code = g.tenant_id and t.suspended_at is null"
                + " where g.account_id = ? order by g.tenant_id, g.role")) {
            select.setObject(1, accountId);
            List<Grant> grants = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    grants.add(new Grant(row.getString(1), Role.valueOf(row.getString(2))));
                }
            }
            return grants;
        }
    }

    /** The regions the account is ambassador of, per tenant; same transaction and setting as the grants. */
    private static Map<String, List<String>> regionsOf(Connection connection, UUID accountId) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("select a.tenant_id, r.name from ambassador_region a"
                        + " join region r on r.tenant_id = a.tenant_id and r.id = a.region_id"
                        + " where a.account_id = ? order by a.tenant_id, r.name")) {
            select.setObject(1, accountId);
            Map<String, List<String>> regions = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    regions.computeIfAbsent(row.getString(1), tenant -> new ArrayList<>()).add(row.getString(2));
                }
            }
            return regions;
        }
    }

    /** A platform administrator ({@code platform_admin}, written only by the bootstrap command). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean isPlatformAdmin(UUID accountId) {
        return exists("select 1 from platform_admin where account_id = ?", accountId);
    }

    /**
     * Every grant of the account lies in a suspended association: its login is refused rather than let in to nothing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean onlyInSuspendedTenants(UUID accountId) {
        try (Connection connection = dataSource.get().getConnection()) {
            RowSecurity.ACCOUNT.bind(connection, accountId.toString());
            try (PreparedStatement select = connection.prepareStatement("select bool_and(t.suspended_at is not null)"
                    + " from account_grant g join tenant t on t.code = g.tenant_id where g.account_id = ?")) {
                select.setObject(1, accountId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading grants failed", e);
        }
    }

    private boolean exists(String sql, UUID accountId) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an account failed", e);
        }
    }

    /** Creates the account if its e-mail is new; returns its id either way. Used by seeding and tests. */
    @Transactional(TxType.REQUIRES_NEW)
    public UUID ensureAccount(String email, String displayName, String passwordHash) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, email, display_name, password_hash) values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, email);
            insert.setString(3, displayName);
            insert.setString(4, passwordHash);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Creating an account failed", e);
        }
        return findByEmail(email).orElseThrow().id();
    }

    /** Grants a role in a tenant; runs with that tenant bound, so row-level security checks the write. */
    @Transactional(TxType.REQUIRES_NEW)
    public void grant(UUID accountId, Grant grant) {
        try (Connection connection = dataSource.get().getConnection()) {
            // JDBC, not TenantWork: grants have no entity and this repository has no persistence context; the
            // connection is this REQUIRES_NEW transaction's only one, so the transaction-local bind is the whole story
            RowSecurity.TENANT.bind(connection, grant.tenant());
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into account_grant (tenant_id, account_id, role) values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, grant.tenant());
                insert.setObject(2, accountId);
                insert.setString(3, grant.role().name());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Granting a role failed", e);
        }
        remembered.forgetAfterCommit(accountId);
    }
}
