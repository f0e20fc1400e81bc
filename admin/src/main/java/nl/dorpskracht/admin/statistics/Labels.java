package nl.dorpskracht.admin.statistics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.statistics.entity.PersonCount;

/** The dashboard's words and numbers in the reader's language: Dutch {@code € 1.234,50}, {@code 2026 K3}. */
final class Labels {

    private final ResourceBundle texts;
    private final Locale locale;

    Labels(ResourceBundle texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        String text = texts.containsKey(key) ? texts.getString(key) : key;
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** A type or status in words, or the code itself when the bundle has no word for it. */
    String word(String prefix, String code) {
        return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : code;
    }

    /** {@code 2026-Q3} as {@code 2026 K3} (Dutch) or {@code 2026 Q3}. */
    String quarter(String quarter) {
        String[] parts = quarter.split("-Q");
        if (parts.length != 2) {
            return quarter;
        }
        return texts.getString("national.quarter").replace("{0}", parts[0]).replace("{1}", parts[1]);
    }

    Locale locale() {
        return locale;
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    String euros(long cents) {
        DecimalFormat amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return "€ " + amount.format(java.math.BigDecimal.valueOf(cents, 2));
    }

    String people(PersonCount count) {
        return count.suppressed() ? "<" + count.fewerThan() : count(count.count());
    }
}
