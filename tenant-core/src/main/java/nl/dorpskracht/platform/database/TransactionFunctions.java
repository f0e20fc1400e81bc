package nl.dorpskracht.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;

/**
 * Native SQL on the very connection and transaction of the persistence context: a connection taken from the pool beside
 * it would be another transaction, whose locks would not guard this one's writes and which would not see its rows. It
 * is for what JPQL cannot say: the database functions and views of the migrations (place claims, tallies, audit
 * redaction), tables without an entity (tenants, accounts and their grants, invitations, tokens, the outbox), advisory
 * locks and transaction-local settings. The persistence unit keeps native SQL off
 * ({@code eclipselink.jdbc.allow-native-sql-queries=false}); only the queries made here are allowed it. Each caller
 * writes its statement next to its use, as fixed text with bound arguments ({@code #a0, #a1, …}); a value is never
 * concatenated into the text (only fixed fragments chosen by the caller are).
 */
@ApplicationScoped
public class TransactionFunctions {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    /**
     * A write in the transaction; arguments as for {@link #rows}. It returns nothing: with JDBC batch writing on, the
     * count EclipseLink hands back is not the number of rows written. A caller that needs to know uses {@link #rows}
     * with {@code returning}.
     */
    @Transactional(TxType.MANDATORY)
    public void execute(String sql, Object... arguments) {
        entityManager.flush();
        DataModifyQuery query = new DataModifyQuery(new SQLCall(sql));
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            query.addArgument("a" + i);
            values.add(arguments[i]);
        }
        query.setAllowNativeSQLQuery(true);
        entityManager.unwrap(JpaEntityManager.class).getActiveSession().executeQuery(query, values);
    }

    /**
     * The rows of a query; arguments are named {@code #a0, #a1, …} in the text, in the order given. Pending changes of
     * the persistence context are written first, so the function sees them.
     */
    @Transactional(TxType.MANDATORY)
    public List<Map<String, Object>> rows(String sql, Object... arguments) {
        entityManager.flush();
        DataReadQuery query = new DataReadQuery(new SQLCall(sql));
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            query.addArgument("a" + i);
            values.add(arguments[i]);
        }
        query.setAllowNativeSQLQuery(true);
        @SuppressWarnings("unchecked")
        List<AbstractRecord> records = (List<AbstractRecord>) entityManager.unwrap(JpaEntityManager.class)
                .getActiveSession().executeQuery(query, values);
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (AbstractRecord record : records) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            record.getFields()
                    .forEach(field -> row.put(field.getName().toLowerCase(java.util.Locale.ROOT), record.get(field)));
            rows.add(row);
        }
        return rows;
    }
}
