package nl.dorpskracht.contributions.control;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SEPA creditor identifier (incassant-ID), e.g. {@code NL20ZZZ999999999990000}: country code, two check digits (ISO
 * 7064 MOD 97-10 over the national part and the country code, as for an IBAN), a three-character business code that the
 * check ignores, and the national identifier.
 */
public final class CreditorIdentifier {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$");

    private CreditorIdentifier() {
    }

    public static Optional<String> check(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String clean = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (clean.length() > 35 || !SHAPE.matcher(clean).matches()) {
            return Optional.empty();
        }
        String rearranged = clean.substring(7) + clean.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1 ? Optional.of(clean)
                : Optional.empty();
    }

    /** The check digits for a country and national identifier, for tests and demo data. */
    public static String withCheckDigits(String country, String businessCode, String national) {
        StringBuilder digits = new StringBuilder();
        for (char c : (national + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + businessCode + national;
    }
}
