package nl.dorpskracht.members.boundary;

import static nl.dorpskracht.members.control.MemberColumn.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.dorpskracht.members.control.CsvCells;
import nl.dorpskracht.members.control.MandateQueries;
import nl.dorpskracht.members.control.MemberColumn;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberDetails;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBound;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The member file of the tenant, in the very format the import reads: {@code ;} separated (what a Dutch Excel opens
 * directly), UTF-8 with BOM, one row per contact person. Cells that a spreadsheet would run as a formula are escaped.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MemberExport {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    public byte[] export() {
        List<MemberOrganisation> members = entityManager
                .createQuery("select m from MemberOrganisation m order by lower(m.name), m.municipality, m.id",
                        MemberOrganisation.class)
                .getResultList();
        Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
        entityManager
                .createQuery("select c from ContactPerson c where c.erasedAt is null"
                        + " order by c.primary desc, c.name, c.id", ContactPerson.class)
                .getResultStream()
                .forEach(c -> contacts.computeIfAbsent(c.organisationId(), id -> new ArrayList<>()).add(c));
        Map<UUID, SepaMandate> mandates = MandateQueries.byMember(entityManager);

        StringWriter out = new StringWriter(members.size() * 300);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(Stream.of(MemberColumn.values()).map(MemberColumn::header).toArray(String[]::new)).get();
        int rows = 0;
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (MemberOrganisation member : members) {
                Map<MemberColumn, Object> cells = organisationCells(member, mandates.get(member.id()));
                List<ContactPerson> people = contacts.getOrDefault(member.id(), List.of());
                if (people.isEmpty()) {
                    print(printer, cells);
                    rows++;
                }
                for (ContactPerson person : people) {
                    Map<MemberColumn, Object> row = new EnumMap<>(cells);
                    row.put(CONTACT_NAME, person.name());
                    row.put(CONTACT_ROLE, person.roleInOrganisation());
                    row.put(CONTACT_EMAIL, person.email());
                    row.put(CONTACT_PHONE, person.phone());
                    row.put(CONTACT_PRIMARY, person.primary() ? "ja" : "nee");
                    row.put(NEWSLETTER_CONSENT, person.newsletterConsentOn());
                    row.put(SHARING_CONSENT, person.sharingConsentOn());
                    print(printer, row);
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT", "MemberOrganisation", "file",
                Map.of("rows", new Object[] { null, rows }, "organisations", new Object[] { null, members.size() }));
        return CsvCells.utf8WithBom(out.toString());
    }

    private static Map<MemberColumn, Object> organisationCells(MemberOrganisation member, SepaMandate mandate) {
        MemberDetails details = member.details();
        Map<MemberColumn, Object> cells = new EnumMap<>(MemberColumn.class);
        cells.put(NAME, details.name());
        cells.put(TYPE, details.type());
        cells.put(MUNICIPALITY, details.municipality());
        cells.put(PLACE, details.place());
        cells.put(REGION, details.region());
        cells.put(STREET, details.street());
        cells.put(POSTAL_CODE, details.postalCode());
        cells.put(EMAIL, details.email());
        cells.put(PHONE, details.phone());
        cells.put(INHABITANTS, details.inhabitants());
        cells.put(JOINED_ON, details.joinedOn());
        cells.put(STATUS, member.status());
        if (mandate != null) {
            cells.put(IBAN, mandate.iban());
            cells.put(BIC, mandate.bic());
            cells.put(MANDATE_REFERENCE, mandate.reference());
            cells.put(MANDATE_SIGNED_ON, mandate.signedOn());
        }
        return cells;
    }

    private static void print(CSVPrinter printer, Map<MemberColumn, Object> cells) throws IOException {
        List<String> values = new ArrayList<>(MemberColumn.values().length);
        for (MemberColumn column : MemberColumn.values()) {
            Object value = cells.get(column);
            values.add(value == null ? "" : CsvCells.escape(value.toString()));
        }
        printer.printRecord(values);
    }
}
