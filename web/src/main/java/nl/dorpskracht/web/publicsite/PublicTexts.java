package nl.dorpskracht.web.publicsite;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The public pages' texts in the reader's language: Dutch, unless the browser puts English first. Feeds are Dutch
 * always (one feed, one cache entry).
 */
record PublicTexts(Locale locale, ResourceBundle bundle) {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String BUNDLE = "nl.dorpskracht.web.publicsite.texts";

    static PublicTexts dutch() {
        return of(DUTCH);
    }

    /**
     * Dutch unless the first language the browser asks for is English. Without an {@code Accept-Language} header the
     * container offers its own default locale, which says nothing of the reader: Dutch then too.
     */
    static PublicTexts forRequest(String acceptLanguage, Enumeration<Locale> accepted) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return dutch();
        }
        Locale first = accepted != null && accepted.hasMoreElements() ? accepted.nextElement() : DUTCH;
        return of("en".equals(first.getLanguage()) ? Locale.ENGLISH : DUTCH);
    }

    private static PublicTexts of(Locale locale) {
        return new PublicTexts(locale, ResourceBundle.getBundle(BUNDLE, locale, PublicTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key, Object... arguments) {
        String text = bundle.getString("publicsite." + key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    String language() {
        return locale.getLanguage();
    }
}
