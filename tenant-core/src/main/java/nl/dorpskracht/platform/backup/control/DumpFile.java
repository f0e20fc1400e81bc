package nl.dorpskracht.platform.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.function.Consumer;

/** A backup file: readable by its owner only from its first byte, and complete or absent, never half-written. */
public final class DumpFile {

    /** What is in a backup file, told by its first bytes. */
    public enum Kind {
        PG_DUMP_CUSTOM, LOGICAL, UNKNOWN
    }

    private DumpFile() {
    }

    /**
     * Writes through a temporary file created {@code rw-------} beside the target, moved into place only once the
     * writer has finished; a failure leaves nothing behind.
     */
    public static void write(Path target, boolean replace, Consumer<Path> writer) {
        if (!replace && Files.exists(target)) {
            throw new Refusal(target + " exists already");
        }
        Path directory = target.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path partial = Files.createTempFile(directory, ".dorpskracht-", ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                writer.accept(partial);
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refusal(target + " exists already");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a missing or unreadable file, and one that is no backup this tool knows. */
    public static Kind kindOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Refusal(file + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new Refusal(file + " is not readable");
        }
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            if (read == 5 && Arrays.equals(head, "PGDMP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return Kind.PG_DUMP_CUSTOM;
            }
        } catch (IOException e) {
            throw new Refusal(file + " is not readable");
        }
        return LogicalDump.isOne(file) ? Kind.LOGICAL : Kind.UNKNOWN;
    }
}
