package nl.dorpskracht.platform.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own as the application role (not from the pool: a pooled connection would be handed
 * to a request and its LISTEN lost), for what the database announces on {@code dorpskracht_change} (V22), and fires a
 * {@link DatabaseChange} for each, so every cache of this instance forgets what another instance changed, within the
 * time a notification takes (milliseconds).
 * <p>
 * A notification sent while this connection is down is lost for good. So a lost connection fires
 * {@link DatabaseChange#everything()} and makes {@link #live()} false (caches then trust themselves only briefly); the
 * connection is made again with a growing pause, and once it listens again everything is forgotten once more, since
 * anything may have changed in between.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String CHANNEL = "dorpskracht_change";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(15);
    /** A connection that heard nothing for this long is asked whether it is still there. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(10);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<DatabaseChange> changes;

    private volatile boolean live;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    /** True while announcements arrive: a cache may then keep what it read until it is told otherwise. */
    public boolean live() {
        return live;
    }

    void start(@Observes DatabaseReady ready) {
        running = true;
        listener = threads.newThread(this::listen);
        listener.setName("dorpskracht-change-feed");
        listener.start();
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        boolean lostLogged = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement sql = listening.createStatement()) {
                    sql.execute("listen " + CHANNEL);
                }
                forgetEverything();
                live = true;
                pause = FIRST_PAUSE;
                LOG.info(lostLogged ? "Listening for changes again" : "Listening for changes of other instances");
                lostLogged = false;
                receive(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (live || !lostLogged) {
                    // the state of the SQL error, never its message: it may quote a value
                    LOG.warning("Change feed lost (" + e.getClass().getSimpleName()
                            + (e instanceof SQLException sql ? " " + sql.getSQLState() : "")
                            + "); caches distrust themselves until it is back");
                    lostLogged = true;
                }
                live = false;
                forgetEverything();
            } finally {
                connection = null;
            }
            if (running) {
                pause = pauseBeforeRetry(pause);
            }
        }
        live = false;
    }

    private void receive(Connection listening) throws SQLException {
        PGConnection postgres = listening.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] received = postgres.getNotifications(1000);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : received) {
                    DatabaseChange.parse(notification.getParameter()).ifPresent(this::announce);
                }
            } else if (System.nanoTime() - quietSince > PROBE_AFTER.toNanos()) {
                if (!listening.isValid(5)) {
                    throw new SQLException("the listening connection does not answer", "08006");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void announce(DatabaseChange change) {
        try {
            changes.fire(change);
        } catch (RuntimeException e) {
            // a cache that could not forget one entry forgets all rather than serve it stale
            LOG.log(Level.WARNING, "Forgetting a change failed: " + e.getClass().getName());
            forgetEverything();
        }
    }

    private void forgetEverything() {
        try {
            changes.fire(DatabaseChange.everything());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting every cached entry failed: " + e.getClass().getName());
        }
    }

    private Duration pauseBeforeRetry(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration longer = pause.multipliedBy(2);
        return longer.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : longer;
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("dorpskracht.db.user", String.class));
        config.getOptionalValue("dorpskracht.db.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "dorpskracht-change-feed");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        String url = config.getValue("dorpskracht.db.url", String.class);
        Connection made = new org.postgresql.Driver().connect(url, properties);
        if (made == null) {
            throw new SQLException("not a PostgreSQL address", "08001");
        }
        return made;
    }

    @PreDestroy
    void stop() {
        running = false;
        live = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                // unblocks the wait for notifications at once
                listening.close();
            } catch (SQLException e) {
                // closing is all that was wanted
            }
        }
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
