package nl.dorpskracht.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One PostgreSQL server process on a data directory and a loopback port, started, checked and stopped; started again by
 * the watchdog after it died. The binaries' own start passes {@code -F} (fsync off) and asynchronous commits: the
 * durable settings given here come later on the command line and so win, and are checked after every start.
 */
final class EmbeddedServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class.getName());
    /** Written by the binaries' start beside the data; held by the JVM that runs the server. */
    private static final String LOCK_FILE = "epg-lock";

    private final Path pgdata;
    private final int port;
    private final EmbeddedDatabase.Durability durability;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile String trouble;

    EmbeddedServer(Path pgdata, int port, EmbeddedDatabase.Durability durability) {
        this.pgdata = pgdata;
        this.port = port;
        this.durability = durability;
    }

    synchronized void start() throws IOException, SQLException {
        requirePortFree();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(pgdata)
                .setCleanDataDirectory(false).setPort(port).setServerConfig("listen_addresses", "127.0.0.1")
                // error details and statements can quote row values: keep personal data out of the server log
                .setServerConfig("log_error_verbosity", "terse").setServerConfig("log_min_error_statement", "panic")
                // our own hook stops the server, after the watchdog is told not to start it again
                .setRegisterShutdownHook(false);
        if (durability == EmbeddedDatabase.Durability.DURABLE) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres started = builder.start();
        try {
            requireOwnAndDurable(started);
        } catch (SQLException | RuntimeException notOurs) {
            started.close();
            throw notOurs;
        }
        postgres = started;
        postmasterPid = Postmaster.of(pgdata).map(Postmaster::pid).orElse(-1L);
        trouble = null;
        LOG.info(() -> "Embedded PostgreSQL listening on 127.0.0.1:" + port + " (pid " + postmasterPid + ", "
                + durability.name().toLowerCase() + "), data in " + pgdata);
    }

    /**
     * Refuses a port that answers already: a server there is not ours (ours was stopped above if it was an orphan), and
     * the binaries' start would otherwise wait for "a server" on the port and take whichever answers.
     */
    private void requirePortFree() {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use by another server; the embedded "
                    + "database never uses a server that is not its own. Stop that server or set "
                    + "DORPSKRACHT_EMBEDDED_DB_PORT to a free port");
        }
    }

    private void requireOwnAndDurable(EmbeddedPostgres started) throws SQLException, IOException {
        try (Connection connection = started.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select current_setting('data_directory'), current_setting('fsync'), "
                        + "current_setting('synchronous_commit'), current_setting('full_page_writes')")) {
            row.next();
            if (!Path.of(row.getString(1)).toRealPath().equals(pgdata.toRealPath())) {
                throw new IllegalStateException("The server on port " + port + " serves another data directory");
            }
            boolean durable = "on".equals(row.getString(2)) && "on".equals(row.getString(3))
                    && "on".equals(row.getString(4));
            if (durability == EmbeddedDatabase.Durability.DURABLE && !durable) {
                throw new IllegalStateException("The embedded PostgreSQL did not take the durable settings");
            }
        }
    }

    /** Stops the server and releases the data directory. Stopping a server that already died only logs. */
    synchronized void stop() {
        EmbeddedPostgres stopping = postgres;
        postgres = null;
        if (stopping != null) {
            try {
                stopping.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Embedded PostgreSQL stop", e);
            }
        }
    }

    boolean postmasterAlive() {
        return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The processes of a killed postmaster (backends, writers) notice its death and exit by themselves; a new server
     * refuses to start while they still hold the old shared memory, so the restart waits for them.
     */
    boolean processesGone() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return true;
        }
        try (var entries = Files.list(proc)) {
            Path own = pgdata.toRealPath();
            return entries.filter(entry -> entry.getFileName().toString().matches("\\d+"))
                    .noneMatch(entry -> worksIn(entry, own));
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean worksIn(Path process, Path directory) {
        try {
            return process.resolve("cwd").toRealPath().equals(directory);
        } catch (IOException | SecurityException gone) {
            return false;
        }
    }

    /** True when no running JVM holds the directory's lock: a postmaster serving it then has no application. */
    static boolean directoryUnlocked(Path pgdata) {
        Path lockFile = pgdata.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }

    void troubled(String why) {
        trouble = why;
    }

    Optional<String> trouble() {
        return Optional.ofNullable(trouble);
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    int port() {
        return port;
    }

    long postmasterPid() {
        return postmasterPid;
    }
}
