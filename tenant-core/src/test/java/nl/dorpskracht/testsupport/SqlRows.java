package nl.dorpskracht.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes what is really stored, on a connection the caller holds (a superuser's, to look past row-level
 * security): each row as its columns' text joined by {@code |}, so a test compares rows as plain strings.
 */
public final class SqlRows {

    private SqlRows() {
    }

    public static List<String> rows(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    row.append(c > 1 ? "|" : "").append(rows.getString(c));
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first row, or null when there is none. */
    public static String single(Connection connection, String sql, Object... parameters) {
        List<String> rows = rows(connection, sql, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A write; the number of rows it changed. */
    public static int execute(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
