package nl.dorpskracht.members.control;

/**
 * Spreadsheet programs run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (CSV
 * injection). Such cells leave with a leading apostrophe, which spreadsheets show as text, and come back without it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** A file as a Dutch Excel opens it directly: UTF-8 with a byte order mark. */
    public static byte[] utf8WithBom(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + bytes.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(bytes, 0, file, BOM.length, bytes.length);
        return file;
    }

    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    public static String unescape(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean isFormulaStart(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
