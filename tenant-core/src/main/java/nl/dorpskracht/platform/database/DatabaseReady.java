package nl.dorpskracht.platform.database;

/** Fired once the schema is migrated and the application role can work. */
public record DatabaseReady(int migrationsApplied) {
}
