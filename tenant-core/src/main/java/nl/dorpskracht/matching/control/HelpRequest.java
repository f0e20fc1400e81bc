package nl.dorpskracht.matching.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A member organisation's request for help. */
public record HelpRequest(UUID id, UUID memberId, String organisationName, UUID contactId, String title,
        String description, List<String> skills, String region, String municipality, String place, LocalDate periodFrom,
        LocalDate periodTo, String status, String createdBy, long version, OffsetDateTime createdAt)
        implements Serializable {

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
