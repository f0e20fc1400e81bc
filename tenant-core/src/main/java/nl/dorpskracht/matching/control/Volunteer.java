package nl.dorpskracht.matching.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's offer as its own province reads it; name, e-mail and phone are null for a reader without the whole
 * tenant (an ambassador).
 */
public record Volunteer(UUID id, UUID contactId, String pseudonym, List<String> skills, String about, String region,
        String municipality, String place, String availability, String limits, LocalDate consentOn,
        boolean findableNationally, boolean active, String name, String email, String phone, long version,
        OffsetDateTime createdAt) implements Serializable {
}
