package nl.dorpskracht.members.entity;

import nl.dorpskracht.platform.problem.InputFields;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Raw input for a contact person. Consent fields take a date, or {@code ja}/{@code yes} for today, or
 * {@code nee}/{@code no}/empty for none, so that a spreadsheet column of "ja" works as well as a form's date.
 */
public record ContactInput(String name, String roleInOrganisation, String email, String phone, String primary,
        String newsletterConsent, String sharingConsent) {

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 100;
    private static final Set<String> YES = Set.of("ja", "yes", "true", "j", "y", "1", "x");
    private static final Set<String> NO = Set.of("nee", "no", "false", "n", "0");

    public ContactDetails validate(LocalDate today) {
        InputFields fields = new InputFields();
        ContactDetails details = read(fields, today);
        fields.throwIfInvalid();
        return details;
    }

    public ContactDetails read(InputFields fields, LocalDate today) {
        String cleanName = fields.required("name", name, NAME_MAX, "required.contactName");
        String cleanRole = fields.optional("roleInOrganisation", roleInOrganisation, ROLE_MAX);
        String cleanEmail = fields.email("email", email);
        String cleanPhone = fields.phone("phone", phone);
        Boolean isPrimary = yesNo(fields, "primary", primary);
        LocalDate newsletter = consent(fields, "newsletterConsent", newsletterConsent, today);
        LocalDate sharing = consent(fields, "sharingConsent", sharingConsent, today);
        return new ContactDetails(cleanName, cleanRole, cleanEmail, cleanPhone, Boolean.TRUE.equals(isPrimary),
                newsletter, sharing);
    }

    private static Boolean yesNo(InputFields fields, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(clean)) {
            return true;
        }
        if (NO.contains(clean)) {
            return false;
        }
        fields.fail(field, "invalid.yesNo");
        return null;
    }

    private static LocalDate consent(InputFields fields, String field, String value, LocalDate today) {
        if (value == null || value.isBlank() || NO.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (YES.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return today;
        }
        LocalDate date = fields.date(field, value);
        if (date != null && date.isAfter(today)) {
            fields.fail(field, "invalid.futureDate");
        }
        return date;
    }
}
