package nl.dorpskracht.members.control;

import java.util.UUID;

/**
 * Fired inside the transaction that erases a contact person, so what other components copied of the person (a
 * registration's name and e-mail) goes in the same transaction.
 */
public record ContactErased(UUID contactId) {
}
