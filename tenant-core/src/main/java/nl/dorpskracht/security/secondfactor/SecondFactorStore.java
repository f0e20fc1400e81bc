package nl.dorpskracht.security.secondfactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.ApplicationDataSource;

/**
 * The rows of {@code account_second_factor} and {@code account_recovery_code}, always by account id. Every acceptance
 * of a code is one conditional update, so two requests with the same code cannot both succeed.
 */
@ApplicationScoped
public class SecondFactorStore {

    @Inject
    ApplicationDataSource dataSource;

    public record Factor(String secret, Instant confirmedAt, Long lastUsedStep) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Factor> find(UUID account) {
        String sql = "select secret, confirmed_at, last_used_step from account_second_factor where account_id = ?";
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, account);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp confirmed = row.getTimestamp(2);
                long step = row.getLong(3);
                return Optional.of(new Factor(row.getString(1), confirmed == null ? null : confirmed.toInstant(),
                        row.wasNull() ? null : step));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a second factor failed", e);
        }
    }

    /** Stores a new, unconfirmed secret; false when a confirmed one exists (that one is removed with a code first). */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean begin(UUID account, String secret) {
        String sql = "insert into account_second_factor (account_id, secret) values (?, ?) on conflict (account_id)"
                + " do update set secret = excluded.secret, last_used_step = null, created_at = now()"
                + " where account_second_factor.confirmed_at is null";
        return update(sql, account, secret) == 1;
    }

    /** Confirms the pending secret with the step of its first code, and replaces the recovery codes. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean confirm(UUID account, long step, List<String> recoveryDigests) {
        try (Connection connection = dataSource.get().getConnection()) {
            try (PreparedStatement confirm = connection.prepareStatement("update account_second_factor"
                    + " set confirmed_at = now(), last_used_step = ? where account_id = ? and confirmed_at is null")) {
                confirm.setLong(1, step);
                confirm.setObject(2, account);
                if (confirm.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection
                    .prepareStatement("delete from account_recovery_code where account_id = ?")) {
                delete.setObject(1, account);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection
                    .prepareStatement("insert into account_recovery_code (account_id, code_hash) values (?, ?)")) {
                for (String digest : recoveryDigests) {
                    insert.setObject(1, account);
                    insert.setString(2, digest);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Confirming a second factor failed", e);
        }
    }

    /** Accepts a code's step once: false if this step or a later one was accepted before. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean acceptStep(UUID account, long step) {
        String sql = "update account_second_factor set last_used_step = ? where account_id = ?"
                + " and confirmed_at is not null and (last_used_step is null or last_used_step < ?)";
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, step);
            update.setObject(2, account);
            update.setLong(3, step);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Accepting a code failed", e);
        }
    }

    /** Uses a recovery code once: false if there is no such unused code. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean useRecoveryCode(UUID account, String digest) {
        return update("update account_recovery_code set used_at = now()"
                + " where account_id = ? and code_hash = ? and used_at is null", account, digest) == 1;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int unusedRecoveryCodes(UUID account) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from account_recovery_code where account_id = ? and used_at is null")) {
            select.setObject(1, account);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting recovery codes failed", e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void remove(UUID account) {
        update("delete from account_recovery_code where account_id = ?", account, null);
        update("delete from account_second_factor where account_id = ?", account, null);
    }

    private int update(String sql, UUID account, String text) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, account);
            if (text != null) {
                update.setString(2, text);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing a second factor failed", e);
        }
    }
}
