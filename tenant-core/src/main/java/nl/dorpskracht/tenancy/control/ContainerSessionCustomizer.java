package nl.dorpskracht.tenancy.control;

import java.io.IOException;
import java.sql.SQLException;
import nl.dorpskracht.platform.database.DatabaseSettings;
import nl.dorpskracht.platform.database.EmbeddedDatabase;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.Session;

/**
 * The session customizer of the deployed persistence unit. The container logs the unit in while the application is
 * still being prepared, before any CDI bean exists, so this is the earliest point to start the embedded database.
 */
public class ContainerSessionCustomizer extends TenantSessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseSettings settings = DatabaseSettings.from(ConfigProvider.getConfig(getClass().getClassLoader()));
        if (settings.embedded()) {
            try {
                EmbeddedDatabase.ensureRunning(settings);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("The embedded database did not start", e);
            }
        }
        super.customize(session);
    }
}
