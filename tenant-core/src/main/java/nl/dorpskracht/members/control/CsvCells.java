package nl.dorpskracht.members.control;

/**
 * Spreadsheet programs run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (CSV
 * injection). Such cells leave with a leading apostrophe, which spreadsheets show as text, and come back without it.
 */
public final class CsvCells {

    private CsvCells() {
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
