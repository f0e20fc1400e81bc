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
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.security.entity.Role;

/**
 * Gives a person a login in a tenant as part of an admin's action: in the caller's transaction, so the account, the
 * grant and whatever the admin did with it land together or not at all. A new account gets a one-time password that the
 * admin hands over, which must be changed at the first login ({@code must_change_password}); an existing account keeps
 * its password.
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

    @Inject
    TransactionFunctions functions;

    /** What the admin needs to tell the person: the account, and a first password if the account is new. */
    public record Provisioned(UUID accountId, String temporaryPassword) {
    }

    public Provisioned grant(String tenant, Role role, String email, String displayName) {
        UUID existing = functions
                .rows("select cast(id as varchar) as id from account where lower(email) = lower(#a0)", email).stream()
                .map(row -> UUID.fromString((String) row.get("id"))).findFirst().orElse(null);
        String password = null;
        UUID accountId = existing;
        if (existing == null) {
            password = newPassword();
            accountId = UUID.randomUUID();
            functions.execute(
                    "insert into account (id, email, display_name, password_hash, must_change_password)"
                            + " values (cast(#a0 as uuid), #a1, #a2, #a3, true)",
                    accountId.toString(), email, displayName, hasher.hash(password));
        }
        functions.execute("insert into account_grant (tenant_id, account_id, role) values (#a0, cast(#a1 as uuid), #a2)"
                + " on conflict do nothing", tenant, accountId.toString(), role.name());
        return new Provisioned(accountId, password);
    }

    public void revoke(String tenant, Role role, UUID accountId) {
        functions.execute("delete from account_grant where tenant_id = #a0 and account_id = cast(#a1 as uuid)"
                + " and role = #a2", tenant, accountId.toString(), role.name());
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

    private static String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
