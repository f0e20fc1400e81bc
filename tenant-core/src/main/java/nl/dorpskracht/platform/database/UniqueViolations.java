package nl.dorpskracht.platform.database;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/** Names the unique key a write broke, wherever in the exception chain PostgreSQL's answer sits. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    public static Optional<String> constraintOf(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof PSQLException postgres && UNIQUE_VIOLATION.equals(postgres.getSQLState())
                    && postgres.getServerErrorMessage() != null) {
                return Optional.ofNullable(postgres.getServerErrorMessage().getConstraint());
            }
            current = current instanceof SQLException chained && chained.getNextException() != null
                    ? chained.getNextException() : current.getCause();
        }
        return Optional.empty();
    }
}
