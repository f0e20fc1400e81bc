package nl.dorpskracht.platform.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with the input: a field (or a row of a file) and what is wrong, as a message key with arguments so
 * that each reader gets it in their language. The API speaks Dutch, the pages the language the user chose.
 */
public record FieldError(String field, Integer row, String key, Object... arguments) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String BUNDLE = "nl.dorpskracht.platform.problem.messages";

    public static FieldError field(String field, String key, Object... arguments) {
        return new FieldError(field, null, key, arguments);
    }

    public String message() {
        return message(DUTCH);
    }

    public String message(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, FieldError.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
