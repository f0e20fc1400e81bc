package nl.dorpskracht.members.control;

import static nl.dorpskracht.members.control.MemberColumn.*;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.dorpskracht.members.entity.ContactDetails;
import nl.dorpskracht.members.entity.ContactInput;
import nl.dorpskracht.members.entity.MandateDetails;
import nl.dorpskracht.members.entity.MandateInput;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The rows of a member file checked and grouped by organisation (same name in the same municipality), before anything
 * is written. Every error of every row is collected, named by line and column.
 */
public final class ImportPlan {

    /** More errors than this are counted, not listed: nobody reads a thousand of them. */
    public static final int ERRORS_LISTED = 200;

    private static final Map<String, MemberColumn> MEMBER_FIELDS = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("type", TYPE), Map.entry("municipality", MUNICIPALITY), Map.entry("place", PLACE),
            Map.entry("region", REGION), Map.entry("street", STREET), Map.entry("postalCode", POSTAL_CODE),
            Map.entry("email", EMAIL), Map.entry("phone", PHONE), Map.entry("inhabitants", INHABITANTS),
            Map.entry("joinedOn", JOINED_ON), Map.entry("status", STATUS), Map.entry("iban", IBAN),
            Map.entry("bic", BIC), Map.entry("mandateReference", MANDATE_REFERENCE),
            Map.entry("mandateSignedOn", MANDATE_SIGNED_ON));
    private static final Map<String, MemberColumn> CONTACT_FIELDS = Map.of("name", CONTACT_NAME, "roleInOrganisation",
            CONTACT_ROLE, "email", CONTACT_EMAIL, "phone", CONTACT_PHONE, "primary", CONTACT_PRIMARY,
            "newsletterConsent", NEWSLETTER_CONSENT, "sharingConsent", SHARING_CONSENT);

    /** A contact person of the file, with the line it came from. */
    public record PlannedContact(int line, ContactDetails details, boolean primaryGiven) {
        String identity() {
            return (details.name() + "|" + Objects.toString(details.email(), "")).toLowerCase(Locale.ROOT);
        }
    }

    /** An organisation of the file: its first line, details, optional status and mandate, its contact persons. */
    public static final class PlannedOrganisation {
        private final int line;
        private final MemberDetails details;
        private final MemberStatus status;
        private final MandateDetails mandate;
        private final List<PlannedContact> contacts = new ArrayList<>();

        PlannedOrganisation(int line, MemberDetails details, MemberStatus status, MandateDetails mandate) {
            this.line = line;
            this.details = details;
            this.status = status;
            this.mandate = mandate;
        }

        public int line() {
            return line;
        }

        public MemberDetails details() {
            return details;
        }

        public MemberStatus status() {
            return status;
        }

        public MandateDetails mandate() {
            return mandate;
        }

        public List<PlannedContact> contacts() {
            return contacts;
        }

        /** Name and municipality: by register code once the municipality is looked up, so spellings do not differ. */
        public String identity() {
            return ImportPlan.identity(details.name(),
                    details.municipalityCode() != null ? details.municipalityCode() : details.municipality());
        }

        /** The same organisation with other (e.g. canonical) details. */
        public PlannedOrganisation withDetails(MemberDetails other) {
            PlannedOrganisation copy = new PlannedOrganisation(line, other, status, mandate);
            copy.contacts.addAll(contacts);
            return copy;
        }
    }

    private final Map<String, PlannedOrganisation> organisations = new LinkedHashMap<>();
    private final Errors errors = new Errors();
    private int rows;

    private ImportPlan() {
    }

    public static String identity(String name, String municipality) {
        return (name + "|" + municipality).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads and checks every row of a member file as it streams by; throws with the row errors (the first
     * {@link #ERRORS_LISTED} and a count) if any row is wrong. Only what the import will write is kept.
     */
    public static ImportPlan read(InputStream file, LocalDate today) {
        ImportPlan plan = new ImportPlan();
        Map<String, Integer> mandateReferences = new HashMap<>();
        plan.rows = MemberFile.read(file, plan.errors, row -> plan.add(row, today, mandateReferences));
        plan.errors.throwIfAny();
        return plan;
    }

    private void add(MemberFile.Row row, LocalDate today, Map<String, Integer> mandateReferences) {
        InputFields memberFields = new InputFields();
        MemberDetails details = new MemberInput(row.get(NAME), row.get(TYPE), row.get(MUNICIPALITY), row.get(PLACE),
                row.get(REGION), row.get(STREET), row.get(POSTAL_CODE), row.get(EMAIL), row.get(PHONE),
                row.get(INHABITANTS), row.get(JOINED_ON)).read(memberFields);
        MemberStatus status = memberFields.choice("status", row.get(STATUS), MemberStatus.class, null,
                "invalid.memberStatus");
        MandateDetails mandate = row.hasAny(MANDATE)
                ? new MandateInput(row.get(IBAN), row.get(BIC), row.get(MANDATE_REFERENCE), row.get(MANDATE_SIGNED_ON))
                        .read(memberFields, today)
                : null;
        InputFields contactFields = new InputFields();
        ContactDetails contact = row.hasAny(MemberColumn.CONTACT) ? new ContactInput(row.get(CONTACT_NAME),
                row.get(CONTACT_ROLE), row.get(CONTACT_EMAIL), row.get(CONTACT_PHONE), row.get(CONTACT_PRIMARY),
                row.get(NEWSLETTER_CONSENT), row.get(SHARING_CONSENT)).read(contactFields, today) : null;
        boolean valid = errors.addAll(row.line(), memberFields, MEMBER_FIELDS)
                & errors.addAll(row.line(), contactFields, CONTACT_FIELDS);
        if (!valid) {
            return;
        }
        String identity = identity(details.name(), details.municipality());
        PlannedOrganisation organisation = organisations.get(identity);
        if (organisation == null) {
            organisation = new PlannedOrganisation(row.line(), details, status, mandate);
            organisations.put(identity, organisation);
            if (mandate != null) {
                Integer earlier = mandateReferences.putIfAbsent(mandate.reference().toLowerCase(Locale.ROOT),
                        row.line());
                if (earlier != null) {
                    errors.add(row.line(), MANDATE_REFERENCE, "import.duplicateMandate", earlier);
                }
            }
        } else if (!organisation.details.equals(details) || !Objects.equals(organisation.status, status)
                || !Objects.equals(organisation.mandate, mandate)) {
            errors.add(row.line(), NAME, "import.organisationDiffers", organisation.line);
            return;
        }
        PlannedContact planned = contact == null ? null : new PlannedContact(row.line(), contact,
                row.get(CONTACT_PRIMARY) != null && !row.get(CONTACT_PRIMARY).isBlank());
        refuseDuplicateRow(organisation, planned, row.line());
    }

    private void refuseDuplicateRow(PlannedOrganisation organisation, PlannedContact contact, int line) {
        if (contact == null) {
            if (organisation.line != line) {
                errors.add(line, NAME, "import.duplicateRow", organisation.line);
            }
            return;
        }
        for (PlannedContact earlier : organisation.contacts) {
            if (earlier.identity().equals(contact.identity())) {
                errors.add(line, CONTACT_NAME, "import.duplicateRow", earlier.line());
                return;
            }
        }
        long primaries = organisation.contacts.stream().filter(c -> c.details().primary()).count();
        if (contact.details().primary() && primaries > 0) {
            errors.add(line, CONTACT_PRIMARY, "import.twoPrimaries");
            return;
        }
        organisation.contacts.add(contact);
    }

    public List<PlannedOrganisation> organisations() {
        return List.copyOf(organisations.values());
    }

    /** The data rows of the file. */
    public int rows() {
        return rows;
    }

    public int contactCount() {
        return organisations.values().stream().mapToInt(organisation -> organisation.contacts.size()).sum();
    }

    /** Row errors found later, against the database; thrown as one problem like the file's own. */
    public static Errors errors() {
        return new Errors();
    }

    /** Collects row errors with the Dutch column header as field; lists the first {@link #ERRORS_LISTED}. */
    public static final class Errors {
        private final List<FieldError> listed = new ArrayList<>();
        private int total;

        public void add(int line, MemberColumn column, String key, Object... arguments) {
            total++;
            if (listed.size() < ERRORS_LISTED) {
                listed.add(new FieldError(column == null ? null : column.header(), line, key, arguments));
            }
        }

        boolean addAll(int line, InputFields fields, Map<String, MemberColumn> columns) {
            for (FieldError error : fields.errors()) {
                add(line, columns.get(error.field()), error.key(), error.arguments());
            }
            return fields.errors().isEmpty();
        }

        public void throwIfAny() {
            if (total > listed.size()) {
                listed.add(new FieldError(null, null, "import.moreErrors", total - listed.size()));
            }
            if (!listed.isEmpty()) {
                throw ProblemException.invalid(listed);
            }
        }
    }
}
