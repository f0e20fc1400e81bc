package nl.dorpskracht.admin.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * Takes an uploaded file up to a limit; one byte more is a 413, whatever the Content-Length claimed. The file goes to a
 * temporary file readable by this process only (it holds personal data), not onto the heap; the caller deletes it.
 */
public final class Uploads {

    /** 20 MB: some 80,000 rows of the member file. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private Uploads() {
    }

    /** The Dutch message of the API's 413 and of the import page alike. */
    public static FieldError tooLargeMessage() {
        return new FieldError(null, null, "import.tooLarge", MAX_BYTES / (1024 * 1024));
    }

    public static ProblemException tooLarge() {
        FieldError message = tooLargeMessage();
        return new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE, message.message(), List.of(message));
    }

    public static Path spool(InputStream in) {
        if (in == null) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        Path file = null;
        try (in) {
            file = Files.createTempFile("dorpskracht-import-", ".csv",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int read;
                while ((read = in.read(buffer)) != -1) {
                    total += read;
                    if (total > MAX_BYTES) {
                        throw tooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the temporary directory is cleared at the next start
            }
        }
    }
}
