package nl.dorpskracht.contributions.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mandate flagged by a returned collection, for the admin to look at; {@code blocked}: left out of the next file
 * until the mandate is saved again.
 */
public record ReturnedMandate(UUID memberId, String memberName, String reason, LocalDate returnedOn, boolean blocked)
        implements Serializable {
}
