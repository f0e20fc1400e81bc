package nl.dorpskracht.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.outbox.control.OutboxRound;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.tenancy.control.RowSecurity;

/**
 * The container's {@code TransactionFunctions} outside the container: the same {@code #a0} statements on a plain JDBC
 * connection of the application role, one transaction per call with the tenant bound for row security.
 */
public final class JdbcSql implements OutboxRound.Transactions {

    private static final Pattern ARGUMENT = Pattern.compile("#a(\\d+)");

    @Override
    public <T> T inTenant(String tenant, Function<Sql, T> work) {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            T result = work.apply(on(connection));
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Statements on a connection the caller owns (and commits or rolls back). */
    public static Sql on(Connection connection) {
        return (sql, arguments) -> {
            List<Integer> order = new ArrayList<>();
            Matcher matcher = ARGUMENT.matcher(sql);
            StringBuilder jdbc = new StringBuilder();
            while (matcher.find()) {
                order.add(Integer.parseInt(matcher.group(1)));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            try (PreparedStatement statement = connection.prepareStatement(jdbc.toString())) {
                for (int i = 0; i < order.size(); i++) {
                    statement.setObject(i + 1, arguments[order.get(i)]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    List<Map<String, Object>> result = new ArrayList<>();
                    while (rows.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), rows.getObject(c));
                        }
                        result.add(row);
                    }
                    return result;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
