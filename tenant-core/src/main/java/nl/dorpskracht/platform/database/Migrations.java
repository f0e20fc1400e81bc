package nl.dorpskracht.platform.database;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway as the owner role; the application role arrives as a placeholder so no role name is in the SQL. */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(String url, String ownerUser, String ownerPassword, String applicationRole) {
        return configure(url, ownerUser, ownerPassword, applicationRole).load().migrate();
    }

    /** Up to a given version only: a restore rebuilds the schema a backup was written at, no newer. */
    public static MigrateResult migrateTo(String version, String url, String ownerUser, String ownerPassword,
            String applicationRole) {
        return configure(url, ownerUser, ownerPassword, applicationRole).target(version).load().migrate();
    }

    private static FluentConfiguration configure(String url, String ownerUser, String ownerPassword,
            String applicationRole) {
        return Flyway.configure(Migrations.class.getClassLoader()).dataSource(url, ownerUser, ownerPassword)
                .locations("classpath:db/migration").placeholders(Map.of("app_role", applicationRole))
                .failOnMissingLocations(true);
    }
}
