package nl.dorpskracht.portal.control;

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
import nl.dorpskracht.portal.entity.PortalScope;

/**
 * The portal scope a login chose last, kept with the account (platform data, no tenant): written on every switch, read
 * when the portal opens.
 */
@ApplicationScoped
public class ScopePreferences {

    @Inject
    ApplicationDataSource dataSource;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<PortalScope> of(UUID accountId) {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement select = connection
                .prepareStatement("select portal_scope from account where id = ?")) {
            select.setObject(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getString(1) != null ? Optional.of(PortalScope.valueOf(row.getString(1)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the portal preference failed", e);
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void remember(UUID accountId, PortalScope scope) {
        try (Connection connection = dataSource.get().getConnection(); PreparedStatement update = connection
                .prepareStatement("update account set portal_scope = ? where id = ?")) {
            update.setString(1, scope.name());
            update.setObject(2, accountId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the portal preference failed", e);
        }
    }
}
