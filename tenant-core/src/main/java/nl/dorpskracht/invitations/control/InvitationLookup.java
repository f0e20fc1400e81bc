package nl.dorpskracht.invitations.control;

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
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.RowSecurity;

/**
 * Finds the open invitation a link names, before anyone knows its tenant: the one read across tenants, allowed by the
 * {@code invitation_by_token} policy for exactly the row whose token hash the transaction names. Its own short
 * transaction; what it finds is checked again, under the tenant's policies, by the transaction that accepts.
 */
@ApplicationScoped
public class InvitationLookup {

    @Inject
    ApplicationDataSource dataSource;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Invitation> open(String token) {
        String hash = InvitationTokens.hashHex(token);
        try (Connection connection = dataSource.get().getConnection()) {
            RowSecurity.INVITATION.bind(connection, hash);
            try (PreparedStatement select = connection.prepareStatement("select tenant_id, id, email, display_name,"
                    + " role, contact_id, region_id, expires_at from invitation"
                    + " where token_hash = decode(?, 'hex') and accepted_at is null and withdrawn_at is null"
                    + " and expires_at > now()")) {
                select.setString(1, hash);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Invitation(row.getString(1), row.getObject(2, UUID.class), row.getString(3),
                            row.getString(4), Role.valueOf(row.getString(5)), row.getObject(6, UUID.class),
                            row.getObject(7, UUID.class), row.getTimestamp(8).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an invitation failed", e);
        }
    }
}
