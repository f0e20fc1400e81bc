package nl.dorpskracht.documents.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file name as the uploader gave it, made harmless to store and to serve: no folders (the part after the last slash
 * or backslash), no control or format characters, no leading dots, at most {@value #MAX} characters. Quotes and angle
 * brackets stay: they are escaped wherever the name is shown and encoded in {@code Content-Disposition}
 * ({@link #contentDisposition}).
 */
public final class SafeFileName {

    public static final int MAX = 200;

    /** The symbols RFC 5987's attr-char allows unencoded. */
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SafeFileName() {
    }

    /** The cleaned name; null when nothing is left of it. */
    public static String of(String given) {
        if (given == null) {
            return null;
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.LINE_SEPARATOR
                        && Character.getType(c) != Character.PARAGRAPH_SEPARATOR)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip().replaceFirst("^\\.+", "").strip();
        if (result.codePointCount(0, result.length()) > MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 6 ? result.substring(dot) : "";
            result = result.substring(0, result.offsetByCodePoints(0, MAX - extension.length())) + extension;
        }
        return result.isEmpty() ? null : result;
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 with RFC 5987): an ASCII fallback without quotes,
     * backslashes or anything outside printable ASCII, and the exact name percent-encoded.
     */
    public static String contentDisposition(String disposition, String fileName) {
        StringBuilder fallback = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';' ? c : '_');
        }
        return disposition + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    private static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }
}
