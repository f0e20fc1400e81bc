package nl.dorpskracht.documents.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the library takes, by extension: the type the file is stored and served as, and the types the
 * content detection (by the bytes, Apache Tika) may report for it. Office Open XML documents are ZIP packages Tika's
 * core tells apart from other ZIPs only by their first entry, so their parts are checked as well
 * ({@link ContentCheck}).
 */
public enum FileTypes {

    PDF("application/pdf", Set.of("application/pdf"), null),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Ooxml.DETECTED,
            "word/document.xml"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Ooxml.DETECTED, "xl/workbook.xml"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Ooxml.DETECTED,
            "ppt/presentation.xml"),
    ODT("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text"), null),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Set.of("application/vnd.oasis.opendocument.spreadsheet"),
            null),
    ODP("application/vnd.oasis.opendocument.presentation", Set.of("application/vnd.oasis.opendocument.presentation"),
            null),
    TXT("text/plain", Set.of("text/plain"), null), CSV("text/csv", Set.of("text/plain", "text/csv"), null),
    PNG("image/png", Set.of("image/png"), null), JPG("image/jpeg", Set.of("image/jpeg"), null),
    JPEG("image/jpeg", Set.of("image/jpeg"), null), MP4("video/mp4", Set.of("video/mp4", "video/quicktime"), null);

    private static final class Ooxml {
        static final Set<String> DETECTED = Set.of("application/x-tika-ooxml", "application/zip");
    }

    private static final Map<String, FileTypes> BY_EXTENSION = Map.ofEntries(java.util.Arrays.stream(values())
            .map(t -> Map.entry(t.name().toLowerCase(Locale.ROOT), t)).toArray(Map.Entry[]::new));

    private final String servedAs;
    private final Set<String> detectedAs;
    private final String requiredPart;

    FileTypes(String servedAs, Set<String> detectedAs, String requiredPart) {
        this.servedAs = servedAs;
        this.detectedAs = detectedAs;
        this.requiredPart = requiredPart;
    }

    /** The kind a file name's extension names, if the library takes it. */
    public static Optional<FileTypes> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The extensions the library takes, for messages: "pdf, docx, …". */
    public static String extensions() {
        return String.join(", ", BY_EXTENSION.keySet().stream().sorted().toList());
    }

    public String servedAs() {
        return servedAs;
    }

    public boolean agreesWith(String detected) {
        return detectedAs.contains(detected);
    }

    /** The part an Office Open XML package of this kind must hold; null for other kinds. */
    public String requiredPart() {
        return requiredPart;
    }

    public boolean isMp4() {
        return this == MP4;
    }
}
