package nl.dorpskracht.tenancy.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The settings the row-level security policies read, set for the running transaction only, so that nothing is left
 * behind on a pooled connection.
 */
public enum RowSecurity {
    TENANT("app.tenant_id"), REGION_SCOPE("app.region_scope"), ACCOUNT("app.account_id"),
    /** The hash of an invitation link's token: lets its holder read that one invitation. */
    INVITATION("app.invitation_token");

    private final String setting;

    RowSecurity(String setting) {
        this.setting = setting;
    }

    /** Tenant and region scope in one round trip: what every connection of a tenant's persistence context needs. */
    public static void bindTenant(Connection connection, String tenant, String regionScope) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('" + TENANT.setting
                + "', ?, true), set_config('" + REGION_SCOPE.setting + "', ?, true)")) {
            bind.setString(1, tenant == null ? "" : tenant);
            bind.setString(2, regionScope == null ? "" : regionScope);
            bind.execute();
        }
    }

    public void bind(Connection connection, String value) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config(?, ?, true)")) {
            bind.setString(1, setting);
            bind.setString(2, value == null ? "" : value);
            bind.execute();
        }
    }
}
