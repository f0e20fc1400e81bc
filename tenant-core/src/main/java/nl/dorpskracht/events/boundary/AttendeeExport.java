package nl.dorpskracht.events.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.events.control.EventAttendance;
import nl.dorpskracht.events.entity.EventAttendee;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.members.control.CsvCells;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The attendee list of one of the host's events as a spreadsheet: {@code ;} separated, UTF-8 with BOM (what a Dutch
 * Excel opens directly), formula cells escaped. The export is audited: it carries other provinces' people.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AttendeeExport {

    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(DutchTime.ZONE);
    private static final Map<RegistrationStatus, String> DUTCH_STATUS = Map.of(RegistrationStatus.CONFIRMED,
            "aangemeld", RegistrationStatus.WAITLISTED, "wachtlijst", RegistrationStatus.CANCELLED, "afgemeld");
    private static final String[] HEADER = { "naam", "e-mail", "organisatie", "vereniging", "status", "aangemeld op" };

    @Inject
    RegistrationService registrations;

    @Inject
    AuditLog audit;

    @Inject
    TenantRegistry tenants;

    public byte[] export(UUID eventId) {
        EventAttendance attendance = registrations.attendance(eventId);
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(HEADER)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (EventAttendee attendee : attendance.attendees()) {
                printer.printRecord(CsvCells.escape(attendee.name()), CsvCells.escape(attendee.email()),
                        CsvCells.escape(attendee.organisationName()),
                        CsvCells.escape(tenants.nameOf(attendee.homeTenant())), DUTCH_STATUS.get(attendee.status()),
                        DUTCH_MOMENT.format(attendee.registeredAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT_ATTENDEES", "Event", eventId,
                Map.of("attendees", new Object[] { null, attendance.attendees().size() }));
        return CsvCells.utf8WithBom(out.toString());
    }
}
