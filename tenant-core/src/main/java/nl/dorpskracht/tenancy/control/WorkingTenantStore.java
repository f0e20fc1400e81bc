package nl.dorpskracht.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.ApplicationDataSource;

/**
 * The association an account last chose to work in ({@code account.working_tenant}, a platform column: see V20). Its
 * own short transaction: remembering a choice is not part of any tenant's work.
 */
@ApplicationScoped
public class WorkingTenantStore {

    @Inject
    ApplicationDataSource dataSource;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> remembered(UUID accountId) {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement select = connection
                .prepareStatement("select working_tenant from account where id = ?")) {
            select.setObject(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the working tenant failed", e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void remember(UUID accountId, String tenant) {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement update = connection
                .prepareStatement("update account set working_tenant = ? where id = ?")) {
            update.setString(1, tenant);
            update.setObject(2, accountId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Remembering the working tenant failed", e);
        }
    }
}
