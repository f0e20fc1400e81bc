package nl.dorpskracht.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server named by a data directory's {@code postmaster.pid}: its process id and the directory it serves. A pid file
 * outlives a server killed with {@code kill -9}, and its pid may since belong to another process; so a postmaster is
 * taken for ours only while that process is alive, is a PostgreSQL server and works in our directory.
 */
record Postmaster(long pid, Path dataDirectory) {

    static final String PID_FILE = "postmaster.pid";

    /** The postmaster that the pid file of {@code pgdata} names, if the file is there and readable. */
    static Optional<Postmaster> of(Path pgdata) {
        Path file = pgdata.resolve(PID_FILE);
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new Postmaster(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim())));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Alive, a {@code postgres} executable, and working in {@code pgdata} (where a postmaster changes directory to).
     */
    boolean serves(Path pgdata) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgres(process.get())) {
            return false;
        }
        Path workingDirectory = Path.of("/proc", String.valueOf(pid), "cwd");
        try {
            Path directory = Files.exists(workingDirectory) ? workingDirectory.toRealPath() : dataDirectory;
            return directory.equals(pgdata.toRealPath());
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postmaster")).orElse(false);
    }
}
