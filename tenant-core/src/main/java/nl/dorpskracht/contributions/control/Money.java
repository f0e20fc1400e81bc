package nl.dorpskracht.contributions.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** Amounts are whole cents everywhere; this turns them into Dutch text and back. */
public final class Money {

    public static final long MAX_CENTS = 100_000_000L;
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Pattern TYPED = Pattern
            .compile("^(?:€\\s*)?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?$|^(?:€\\s*)?(\\d+)\\.(\\d{1,2})$");

    private Money() {
    }

    /** {@code 123450} → {@code € 1.234,50}. */
    public static String format(long cents) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
        String amount = format.format(BigDecimal.valueOf(Math.abs(cents), 2));
        return (cents < 0 ? "- " : "") + "€ " + amount;
    }

    /** {@code 1234.5} as the SEPA file writes amounts: a dot and two decimals. */
    public static String decimal(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** {@code 1234,5} for a form field. */
    public static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    /**
     * What a person types into an amount field: {@code 12}, {@code 12,5}, {@code 1.234,50}, {@code € 12,50} or
     * {@code 12.50}; null if it is not an amount.
     */
    public static Long parse(String typed) {
        if (typed == null) {
            return null;
        }
        var match = TYPED.matcher(typed.strip());
        if (!match.matches()) {
            return null;
        }
        String whole = match.group(1) != null ? match.group(1).replace(".", "") : match.group(3);
        String fraction = match.group(1) != null ? match.group(2) : match.group(4);
        if (whole.length() > 9) {
            return null;
        }
        long cents = Long.parseLong(whole) * 100;
        if (fraction != null) {
            cents += Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
        }
        return cents;
    }
}
