package nl.dorpskracht.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * An uploaded file on disk, readable by this process only, with its size and SHA-256: taken up to a limit, one byte
 * more is a 413 whatever the request claimed. Closing deletes it.
 */
public final class SpooledFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final String sha256;

    private SpooledFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    public static SpooledFile of(InputStream in, long maxBytes) {
        if (in == null) {
            throw new ProblemException(ProblemCode.DOCUMENT_EMPTY);
        }
        Path file = null;
        try (in) {
            file = Files.createTempFile("dorpskracht-document-", ".upload",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    total += read;
                    if (total > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (total == 0) {
                throw new ProblemException(ProblemCode.DOCUMENT_EMPTY);
            }
            return new SpooledFile(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** A file spooled before (in an earlier request of the same page), with what was measured then. */
    public static SpooledFile existing(Path path, long size, String sha256) {
        return new SpooledFile(path, size, sha256);
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemCode.DOCUMENT_TOO_LARGE,
                "Het bestand is te groot: ten hoogste " + Math.max(1, maxBytes / (1024 * 1024)) + " MB.");
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] bytes() {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the temporary directory is cleared at the next start
            }
        }
    }
}
