package nl.dorpskracht.contributions.entity;

import java.util.Locale;
import java.util.UUID;

/** Who an invoice is addressed to, with the key that makes "one invoice per payer per year" a database rule. */
public record Payer(PayerKind kind, String key, UUID memberId, String municipality, String name, String street,
        String postalCode, String place, String email) {

    public static Payer organisation(UUID memberId, String name, String street, String postalCode, String place,
            String email) {
        return new Payer(PayerKind.ORGANISATION, "M:" + memberId, memberId, null, name, street, postalCode, place,
                email);
    }

    public static Payer municipality(String municipality) {
        String clean = municipality.strip();
        String key = "G:" + clean.toLowerCase(Locale.ROOT);
        return new Payer(PayerKind.MUNICIPALITY, key.length() > 120 ? key.substring(0, 120) : key, null, clean,
                "Gemeente " + clean, null, null, clean, null);
    }
}
