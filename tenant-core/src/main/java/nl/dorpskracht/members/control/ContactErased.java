package nl.dorpskracht.members.control;

import java.util.UUID;

/**
 * Fired inside the transaction that erases a contact person, so what other components copied of the person (a
 * registration's name and e-mail, the mails sent to them) goes in the same transaction. {@code formerEmail} is the
 * address the person had, or null: what was copied by address is found by it.
 */
public record ContactErased(UUID contactId, String formerEmail) {
}
