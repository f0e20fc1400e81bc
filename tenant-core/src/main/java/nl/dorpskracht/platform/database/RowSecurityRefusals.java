package nl.dorpskracht.platform.database;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/** Recognises a write that PostgreSQL's row-level security refused (a policy's WITH CHECK said no). */
public final class RowSecurityRefusals {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private RowSecurityRefusals() {
    }

    public static boolean isRefusal(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof PSQLException postgres && INSUFFICIENT_PRIVILEGE.equals(postgres.getSQLState())) {
                return true;
            }
            current = current instanceof SQLException chained && chained.getNextException() != null
                    ? chained.getNextException() : current.getCause();
        }
        return false;
    }
}
