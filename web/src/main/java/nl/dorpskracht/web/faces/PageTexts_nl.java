package nl.dorpskracht.web.faces;

import java.util.Locale;

/** The pages' texts in Dutch, as {@code messages_nl.properties}; English where a Dutch text is missing. */
public class PageTexts_nl extends PageTexts {

    public PageTexts_nl() {
        super(Locale.forLanguageTag("nl"));
    }
}
