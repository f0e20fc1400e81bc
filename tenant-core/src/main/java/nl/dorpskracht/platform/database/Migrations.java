package nl.dorpskracht.platform.database;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway as the owner role; the application role arrives as a placeholder so no role name is in the SQL. */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(String url, String ownerUser, String ownerPassword, String applicationRole) {
        return Flyway.configure(Migrations.class.getClassLoader()).dataSource(url, ownerUser, ownerPassword)
                .locations("classpath:db/migration").placeholders(Map.of("app_role", applicationRole))
                .failOnMissingLocations(true).load().migrate();
    }
}
