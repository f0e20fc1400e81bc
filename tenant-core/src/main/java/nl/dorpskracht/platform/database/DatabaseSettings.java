package nl.dorpskracht.platform.database;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the database is and who may do what in it; every value comes from MicroProfile Config. */
public record DatabaseSettings(boolean embedded, String url, String applicationUser, String ownerUser,
        String ownerPassword, Path dataDir, int embeddedPort) {

    /** True when no external database was configured: then the application runs its own PostgreSQL. */
    private static boolean noExternalDatabase() {
        return System.getenv("DORPSKRACHT_DB_URL") == null && System.getProperty("dorpskracht.db.url") == null;
    }

    public static DatabaseSettings from(Config config) {
        return new DatabaseSettings(noExternalDatabase(), config.getValue("dorpskracht.db.url", String.class),
                config.getOptionalValue("dorpskracht.db.user", String.class).orElse("dorpskracht_app"),
                config.getOptionalValue("dorpskracht.db.owner.user", String.class).orElse("dorpskracht_owner"),
                config.getOptionalValue("dorpskracht.db.owner.password", String.class).orElse(""),
                Path.of(config.getValue("dorpskracht.data.dir", String.class)),
                config.getOptionalValue("dorpskracht.embedded.db.port", Integer.class).orElse(54329));
    }
}
