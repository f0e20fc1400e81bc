package nl.dorpskracht.admin.members;

import nl.dorpskracht.members.entity.ContactInput;

/**
 * A contact person as sent to the API. Consents are dates ({@code 2025-03-01}) or null; {@code primary} makes this the
 * organisation's main contact.
 */
public record ContactRequest(String name, String roleInOrganisation, String email, String phone, Boolean primary,
        String newsletterConsentOn, String sharingConsentOn, Long version) {

    ContactInput input() {
        return new ContactInput(name, roleInOrganisation, email, phone, primary == null ? null : primary.toString(),
                newsletterConsentOn, sharingConsentOn);
    }
}
