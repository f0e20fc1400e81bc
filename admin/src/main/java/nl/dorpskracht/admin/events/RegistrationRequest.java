package nl.dorpskracht.admin.events;

/**
 * A registration: an admin names one of the province's contact persons ({@code contactId}); a contact person registers
 * themselves without it, agreeing with {@code consentToShare} when another tenant hosts the event.
 */
public record RegistrationRequest(String contactId, Boolean consentToShare) {
}
