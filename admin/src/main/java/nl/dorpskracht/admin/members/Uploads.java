package nl.dorpskracht.admin.members;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** Reads an uploaded file up to a limit; one byte more is a 413, whatever the Content-Length claimed. */
final class Uploads {

    /** 20 MB: some 80,000 rows of the member file. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private Uploads() {
    }

    static ProblemException tooLarge(int limit) {
        return new ProblemException(ProblemCode.PAYLOAD_TOO_LARGE,
                "Het bestand is groter dan " + limit / (1024 * 1024) + " MB.");
    }

    static byte[] read(InputStream in, int limit) {
        if (in == null) {
            throw new ProblemException(ProblemCode.IMPORT_EMPTY);
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
