package nl.dorpskracht.admin.campaigns;

/**
 * The body of POST {@code /campaigns/{id}/endorsements}: the member organisation an admin signs for; empty for a
 * contact.
 */
public record EndorsementRequest(String memberId) {
}
