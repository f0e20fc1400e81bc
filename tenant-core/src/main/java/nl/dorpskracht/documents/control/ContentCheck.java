package nl.dorpskracht.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.apache.tika.Tika;

/**
 * Decides what a file is by its bytes (Apache Tika's magic detection; the name is not given to it), and accepts it only
 * when that is a kind the library takes and the same kind its extension names: an executable or a web page renamed to
 * {@code .pdf} is refused, and so is a PDF renamed to {@code .docx}.
 */
public final class ContentCheck {

    /** MP4's own brands; Tika calls a file with one of these (other than mp41/mp42) QuickTime. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
            "M4V ", "dash");
    /** More entries than any real office document has: the package is not read further. */
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final Tika TIKA = new Tika();

    private ContentCheck() {
    }

    /** The file as it will be stored, or a 4xx problem saying why not. */
    public static StoredFile check(String givenName, SpooledFile file) {
        String fileName = SafeFileName.of(givenName);
        if (fileName == null) {
            throw new ProblemException(ProblemCode.DOCUMENT_FILE_NAME_MISSING);
        }
        FileTypes kind = FileTypes.ofFileName(fileName)
                .orElseThrow(() -> new ProblemException(ProblemCode.DOCUMENT_TYPE_NOT_ALLOWED));
        String detected = detect(file);
        if (!kind.agreesWith(detected) || !container(kind, file)) {
            throw new ProblemException(ProblemCode.DOCUMENT_CONTENT_MISMATCH);
        }
        return new StoredFile(fileName, kind.servedAs(), file.size(), file.sha256());
    }

    /** The type Tika finds in the first bytes, without parameters. */
    public static String detect(SpooledFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            String type = TIKA.detect(in);
            int parameters = type.indexOf(';');
            return (parameters < 0 ? type : type.substring(0, parameters)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean container(FileTypes kind, SpooledFile file) {
        if (kind.requiredPart() != null) {
            return ooxmlPackageWith(kind.requiredPart(), file);
        }
        if (kind.isMp4()) {
            return mp4Brand(file);
        }
        return true;
    }

    private static boolean ooxmlPackageWith(String part, SpooledFile file) {
        try (ZipFile zip = new ZipFile(file.path().toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                return false;
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            return types != null && zip.getEntry(part) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean mp4Brand(SpooledFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] head = in.readNBytes(12);
            return head.length == 12 && "ftyp".equals(new String(head, 4, 4, StandardCharsets.ISO_8859_1))
                    && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
