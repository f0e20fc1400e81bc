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

    public void bind(Connection connection, String value) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config(?, ?, true)")) {
            bind.setString(1, setting);
            bind.setString(2, value == null ? "" : value);
            bind.execute();
        }
    }
}
