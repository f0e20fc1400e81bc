package nl.dorpskracht.platform.input;

/**
 * Control characters have no place in text a person typed. PostgreSQL refuses NUL outright (a 500 if it gets that far),
 * and the others hide in names and break exports, mails and PDFs. Tab, CR and LF belong in multi-line text only.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True if {@code text} holds a control character, other than tab, CR and LF when {@code multiLine}. */
    public static boolean in(CharSequence text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i), multiLine)) {
                return true;
            }
        }
        return false;
    }

    public static boolean refused(char c, boolean multiLine) {
        if (multiLine && (c == '\t' || c == '\r' || c == '\n')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL;
    }
}
