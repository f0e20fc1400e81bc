package nl.dorpskracht.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.tenancy.control.RowSecurity;

/**
 * Gives a person a login in a tenant as part of an admin's action: in the caller's transaction, so the account, the
 * grant and whatever the admin did with it land together or not at all. A new account gets a one-time password that the
 * admin hands over; an existing account keeps its password.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AccountProvisioning {

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApplicationDataSource dataSource;

    @Inject
    PasswordHasher hasher;

    /** What the admin needs to tell the person: the account, and a first password if the account is new. */
    public record Provisioned(UUID accountId, String temporaryPassword) {
    }

    public Provisioned grant(String tenant, Role role, String email, String displayName) {
        try (Connection connection = dataSource.get().getConnection()) {
            UUID existing = find(connection, email);
            String password = null;
            UUID accountId = existing;
            if (existing == null) {
                password = newPassword();
                accountId = UUID.randomUUID();
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, email, display_name, password_hash) values (?, ?, ?, ?)")) {
                    insert.setObject(1, accountId);
                    insert.setString(2, email);
                    insert.setString(3, displayName);
                    insert.setString(4, hasher.hash(password));
                    insert.executeUpdate();
                }
            }
            RowSecurity.TENANT.bind(connection, tenant);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into account_grant (tenant_id, account_id, role) values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, tenant);
                insert.setObject(2, accountId);
                insert.setString(3, role.name());
                insert.executeUpdate();
            }
            return new Provisioned(accountId, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Granting a login failed", e);
        }
    }

    public void revoke(String tenant, Role role, UUID accountId) {
        try (Connection connection = dataSource.get().getConnection()) {
            RowSecurity.TENANT.bind(connection, tenant);
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from account_grant where tenant_id = ? and account_id = ? and role = ?")) {
                delete.setString(1, tenant);
                delete.setObject(2, accountId);
                delete.setString(3, role.name());
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Revoking a login failed", e);
        }
    }

    /** A login as an admin sees it. */
    public record Login(String email, String displayName) {
    }

    public Map<UUID, Login> describe(Collection<UUID> accountIds) {
        Map<UUID, Login> logins = new HashMap<>();
        if (accountIds.isEmpty()) {
            return logins;
        }
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement select = connection
                .prepareStatement("select id, email, display_name from account where id = any (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", accountIds.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    logins.put(row.getObject(1, UUID.class), new Login(row.getString(2), row.getString(3)));
                }
            }
            return logins;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading logins failed", e);
        }
    }

    private static UUID find(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("select id from account where lower(email) = lower(?)")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    private static String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
