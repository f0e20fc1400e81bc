package nl.dorpskracht.news.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * What a news file is, decided by its first bytes, never by the name or type the browser claims: an image must be a
 * JPEG, PNG or WebP; an attachment a PDF or an office document (OOXML or OpenDocument, both zip files, told apart by
 * their extension once the bytes say zip). Anything else is refused with 415, anything too large with 413.
 */
public final class FileCheck {

    public static final int IMAGE_MAX_BYTES = 2 * 1024 * 1024;
    public static final int ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
    public static final int ATTACHMENTS_MAX = 5;
    public static final int FILE_NAME_MAX = 200;

    private static final Map<String, String> ZIP_DOCUMENTS = Map.of("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "odt",
            "application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet", "odp",
            "application/vnd.oasis.opendocument.presentation");

    private FileCheck() {
    }

    public static int maxBytes(FileKind kind) {
        return kind == FileKind.IMAGE ? IMAGE_MAX_BYTES : ATTACHMENT_MAX_BYTES;
    }

    /** The content type the bytes prove, or a 415. */
    public static String contentType(FileKind kind, String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(ProblemCode.NEWS_FILE_EMPTY);
        }
        if (bytes.length > maxBytes(kind)) {
            throw tooLarge(kind);
        }
        String type = kind == FileKind.IMAGE ? imageType(bytes) : documentType(fileName, bytes);
        if (type == null) {
            FieldError message = FieldError.field("file",
                    kind == FileKind.IMAGE ? "invalid.newsImageType" : "invalid.newsAttachmentType");
            throw new ProblemException(ProblemCode.NEWS_FILE_TYPE, message.message(), List.of(message));
        }
        return type;
    }

    public static ProblemException tooLarge(FileKind kind) {
        FieldError message = FieldError.field("file", "tooLarge.newsFile", maxBytes(kind) / (1024 * 1024));
        return new ProblemException(ProblemCode.NEWS_FILE_TOO_LARGE, message.message(), List.of(message));
    }

    /** The name a client gave, or one made from the checked type when it gave none. */
    public static String nameOrDefault(String typed, FileKind kind, String contentType) {
        if (typed != null && !typed.isBlank()) {
            return fileName(typed);
        }
        String extension = contentType.substring(contentType.lastIndexOf('/') + 1).replace("jpeg", "jpg");
        return (kind == FileKind.IMAGE ? "afbeelding." : "bijlage.") + extension;
    }

    /** A file name as stored: the last path segment, without control characters, at most 200 characters. */
    public static String fileName(String typed) {
        String name = typed == null ? "" : typed.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalid(List.of(FieldError.field("fileName", "required.newsFileName")));
        }
        if (name.length() > FILE_NAME_MAX) {
            throw ProblemException.invalid(List.of(FieldError.field("fileName", "tooLong", FILE_NAME_MAX)));
        }
        return name;
    }

    static String imageType(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    static String documentType(String fileName, byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return ZIP_DOCUMENTS.get(extension);
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
