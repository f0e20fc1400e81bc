package nl.dorpskracht.platform.database;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * At deployment: starts the embedded database when none is configured, migrates the schema as the owner role, and only
 * then announces {@link DatabaseReady}. Readiness reports UP only after this has completed. Instances started together
 * on one database do this one after the other ({@link StartupLock}).
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());

    @Inject
    Event<DatabaseReady> ready;

    private volatile boolean migrated;

    /** Called once by {@link StartupListener}, while the web module starts and before it takes requests. */
    void start() {
        try {
            DatabaseSettings settings = DatabaseSettings.from(ConfigProvider.getConfig());
            String url = settings.url();
            if (settings.embedded()) {
                url = EmbeddedDatabase.ensureRunning(settings).jdbcUrl();
            }
            try (StartupLock oneAtATime = StartupLock.take(url, settings.ownerUser(), settings.ownerPassword())) {
                MigrateResult result = Migrations.migrate(url, settings.ownerUser(), settings.ownerPassword(),
                        settings.applicationUser());
                LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                        + result.migrationsExecuted + " migrations applied now)");
                migrated = true;
                ready.fire(new DatabaseReady(result.migrationsExecuted));
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Database bootstrap failed; the application will not report ready", e);
            throw new IllegalStateException("Database bootstrap failed", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    @PreDestroy
    void stop() {
        try {
            EmbeddedDatabase.stopRunning();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
