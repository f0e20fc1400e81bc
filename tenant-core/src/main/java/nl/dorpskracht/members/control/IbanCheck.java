package nl.dorpskracht.members.control;

import java.util.Locale;
import java.util.Optional;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBAN and BIC checks with iban4j: country format, length and check digits. Accepts what people type (spaces, lower
 * case) and returns the electronic form (no spaces, upper case) that is stored and sent to the bank.
 */
public final class IbanCheck {

    private IbanCheck() {
    }

    /** The IBAN in electronic form if it is valid, else empty. */
    public static Optional<String> iban(String typed) {
        String clean = compact(typed);
        if (clean == null || clean.length() > 34) {
            return Optional.empty();
        }
        try {
            IbanUtil.validate(clean);
            return Optional.of(clean);
        } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
            return Optional.empty();
        }
    }

    /** The BIC (8 or 11 characters, upper case) if it is valid, else empty. */
    public static Optional<String> bic(String typed) {
        String clean = compact(typed);
        if (clean == null || clean.length() > 11) {
            return Optional.empty();
        }
        try {
            BicUtil.validate(clean);
            return Optional.of(clean);
        } catch (BicFormatException | UnsupportedCountryException e) {
            return Optional.empty();
        }
    }

    /** Groups of four, as printed on an invoice: {@code NL91 ABNA 0417 1643 00}. */
    public static String printable(String iban) {
        return iban == null ? "" : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String compact(String typed) {
        if (typed == null) {
            return null;
        }
        String clean = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return clean.isEmpty() ? null : clean;
    }
}
