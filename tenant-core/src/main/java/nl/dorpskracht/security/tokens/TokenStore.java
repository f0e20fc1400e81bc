package nl.dorpskracht.security.tokens;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.platform.database.ApplicationDataSource;
import nl.dorpskracht.tenancy.entity.Grant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.RowSecurity;

/**
 * Reads of {@code api_token} outside a request's tenant: the Bearer login, in the tenant its token names, and the list
 * of an account's own tokens in every tenant through the one narrow policy of V18 ({@code app.account_id}).
 */
@ApplicationScoped
public class TokenStore {

    private static final String COLUMNS = "id, tenant_id, role, name, created_at, expires_at, last_used_at, revoked_at";
    /** Writing the last use at most once a minute: an integration calling often does not write on every call. */
    private static final String TOUCH = "update api_token set last_used_at = now() where tenant_id = ? and id = ?"
            + " and (last_used_at is null or last_used_at < now() - interval '1 minute')";

    @Inject
    ApplicationDataSource dataSource;

    /** A working token with the account it belongs to, or empty: unknown, revoked or expired are alike. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<BearerGrant> working(String value) {
        Optional<String> tenant = TokenValues.tenantOf(value);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        String digest = TokenValues.digest(value);
        try (Connection connection = dataSource.get().getConnection()) {
            // JDBC, not TenantWork: this is the Bearer login, before any request tenant, in a REQUIRES_NEW transaction
            // whose only connection this is; the token names its tenant, and only that one is bound
            RowSecurity.TENANT.bind(connection, tenant.get());
            BearerGrant found;
            try (PreparedStatement select = connection.prepareStatement("select t.id, t.account_id, a.email,"
                    + " t.tenant_id, t.role from api_token t join account a on a.id = t.account_id"
                    + " where t.tenant_id = ? and t.token_hash = ? and t.revoked_at is null"
                    + " and (t.expires_at is null or t.expires_at > now()) and a.enabled")) {
                select.setString(1, tenant.get());
                select.setString(2, digest);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    found = new BearerGrant(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            row.getString(3), new Grant(row.getString(4), Role.valueOf(row.getString(5))));
                }
            }
            try (PreparedStatement touch = connection.prepareStatement(TOUCH)) {
                touch.setString(1, found.grant().tenant());
                touch.setObject(2, found.tokenId());
                touch.executeUpdate();
            }
            return Optional.of(found);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an API token failed", e);
        }
    }

    /** The account's tokens in every tenant, newest first, at most {@code limit}. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<TokenView> own(UUID account, int limit) {
        return ownWhere(account, "", null, limit);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<TokenView> own(UUID account, UUID id) {
        return ownWhere(account, " and id = ?", id, 1).stream().findFirst();
    }

    private List<TokenView> ownWhere(UUID account, String condition, UUID id, int limit) {
        try (Connection connection = dataSource.get().getConnection()) {
            RowSecurity.ACCOUNT.bind(connection, account.toString());
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from api_token where account_id = ?" + condition + " order by created_at desc, id limit ?")) {
                select.setObject(1, account);
                int next = 2;
                if (id != null) {
                    select.setObject(next++, id);
                }
                select.setInt(next, limit);
                List<TokenView> tokens = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        tokens.add(new TokenView(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                                row.getString(4), instant(row.getTimestamp(5)), instant(row.getTimestamp(6)),
                                instant(row.getTimestamp(7)), instant(row.getTimestamp(8))));
                    }
                }
                return tokens;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing API tokens failed", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
