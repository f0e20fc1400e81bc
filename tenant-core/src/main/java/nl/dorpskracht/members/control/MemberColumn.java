package nl.dorpskracht.members.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the member file, for import and export alike: one row per contact person, the organisation's columns
 * repeated on each of its rows (an organisation without contact persons has one row with the contact columns empty).
 * Headers are Dutch; English names and common variants are accepted, without regard to case.
 */
public enum MemberColumn {
    NAME("naam", "name", "organisatie", "organisation"), TYPE("type", "soort"),
    MUNICIPALITY("gemeente", "municipality"), PLACE("plaats", "kern", "dorp", "place", "village"),
    REGION("regio", "region"), STREET("straat", "adres", "street", "address"),
    POSTAL_CODE("postcode", "postal code", "postalcode"), EMAIL("e-mail", "email", "e-mailadres"),
    PHONE("telefoon", "phone", "telefoonnummer"), INHABITANTS("inwoners", "inhabitants", "aantal inwoners"),
    JOINED_ON("lid sinds", "joined on", "joined"), STATUS("status"), IBAN("iban", "rekeningnummer"), BIC("bic"),
    MANDATE_REFERENCE("mandaatkenmerk", "mandate reference", "machtigingskenmerk"),
    MANDATE_SIGNED_ON("mandaatdatum", "mandate date", "machtigingsdatum"),
    CONTACT_NAME("contactpersoon", "contact name", "contact"), CONTACT_ROLE("functie", "contact role", "rol"),
    CONTACT_EMAIL("contact e-mail", "contact email", "e-mail contactpersoon"),
    CONTACT_PHONE("contact telefoon", "contact phone", "telefoon contactpersoon"),
    CONTACT_PRIMARY("primair", "primary", "hoofdcontact"),
    NEWSLETTER_CONSENT("nieuwsbrief", "newsletter", "toestemming nieuwsbrief"),
    SHARING_CONSENT("delen met andere vereniging", "sharing consent", "toestemming delen");

    public static final List<MemberColumn> REQUIRED = List.of(NAME, TYPE, MUNICIPALITY);
    public static final List<MemberColumn> CONTACT = List.of(CONTACT_NAME, CONTACT_ROLE, CONTACT_EMAIL, CONTACT_PHONE,
            CONTACT_PRIMARY, NEWSLETTER_CONSENT, SHARING_CONSENT);
    public static final List<MemberColumn> MANDATE = List.of(IBAN, BIC, MANDATE_REFERENCE, MANDATE_SIGNED_ON);

    private final String header;
    private final List<String> aliases;

    MemberColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = Stream.concat(Stream.of(header), Stream.of(aliases)).toList();
    }

    /** The Dutch header, as written in exports and error messages. */
    public String header() {
        return header;
    }

    public static Optional<MemberColumn> byHeader(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Stream.of(values()).filter(column -> column.aliases.contains(wanted)).findFirst();
    }
}
