package nl.dorpskracht.outbox.control;

import java.util.List;
import java.util.Map;

/**
 * Fixed SQL with bound arguments ({@code #a0, #a1, …}) on the connection of one transaction whose tenant is bound: in
 * the container {@link nl.dorpskracht.platform.database.TransactionFunctions#rows}, in tests a plain JDBC connection.
 */
@FunctionalInterface
public interface Sql {

    List<Map<String, Object>> rows(String sql, Object... arguments);
}
