package nl.dorpskracht.platform.backup.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.backup.control.BackupFolder;
import nl.dorpskracht.platform.backup.control.Backups;
import nl.dorpskracht.platform.backup.control.DatabaseAddress;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.platform.database.DatabaseSettings;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs up the embedded default database every {@code DORPSKRACHT_BACKUP_INTERVAL_SECONDS} (a day) into
 * {@code <data dir>/backups} and removes backups older than {@code DORPSKRACHT_BACKUP_KEEP_DAYS}. The first backup
 * after a start waits until the newest one is an interval old, so restarts do not pile up backups. Off with an external
 * database: its operator backs it up with the server's own means (or {@code deploy/backup.sh}). So with several
 * instances on one database none of them backs it up, and an embedded database has exactly one instance (its data
 * directory admits one server): a day's backup is never written twice.
 */
@ApplicationScoped
public class DailyBackupJob {

    private static final Logger LOG = Logger.getLogger(DailyBackupJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "dorpskracht.backup.interval-seconds", defaultValue = "86400")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "dorpskracht.backup.keep-days", defaultValue = "14")
    long keepDays;

    @Inject
    @ConfigProperty(name = "dorpskracht.backup.dir")
    Optional<String> directory;

    private ScheduledFuture<?> rounds;
    private BackupFolder folder;
    private DatabaseAddress database;

    /** Observes late, after the demo seeding, so that a first backup of a new installation holds its demo data. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) DatabaseReady ready) {
        DatabaseSettings settings = DatabaseSettings.from(ConfigProvider.getConfig());
        if (!settings.embedded() || intervalSeconds <= 0) {
            LOG.info("Daily backup off (" + (settings.embedded() ? "interval 0" : "external database") + ")");
            return;
        }
        folder = new BackupFolder(directory.map(Path::of).orElse(settings.dataDir().resolve("backups")));
        // the superuser of our own server on loopback: it reads past row-level security, which a backup must
        database = new DatabaseAddress("jdbc:postgresql://127.0.0.1:" + settings.embeddedPort() + "/dorpskracht",
                "postgres", "");
        Duration interval = Duration.ofSeconds(intervalSeconds);
        long firstDelay = folder.untilNext(interval, Instant.now()).toMillis();
        rounds = scheduler.scheduleWithFixedDelay(this::backUp, firstDelay, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void backUp() {
        try {
            Instant now = Instant.now();
            Backups.Written written = Backups.write(database, folder.fileFor(now), true);
            List<Path> removed = folder.removeExpired(Duration.ofDays(Math.max(1, keepDays)), now);
            LOG.info(() -> "Backup written: " + written.summary() + (removed.isEmpty() ? ""
                    : "; removed " + removed.stream().map(file -> file.getFileName().toString()).toList()));
        } catch (RuntimeException e) {
            // An exception escaping a round would cancel every later round; the message names no row.
            LOG.log(Level.WARNING, "Backup failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
