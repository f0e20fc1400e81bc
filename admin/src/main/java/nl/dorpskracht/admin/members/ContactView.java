package nl.dorpskracht.admin.members;

import java.time.LocalDate;
import java.util.UUID;
import nl.dorpskracht.members.entity.ContactPerson;

public record ContactView(UUID id, UUID organisationId, String name, String roleInOrganisation, String email,
        String phone, boolean primary, LocalDate newsletterConsentOn, LocalDate sharingConsentOn, boolean hasLogin,
        long version) {

    static ContactView of(ContactPerson contact) {
        return new ContactView(contact.id(), contact.organisationId(), contact.name(), contact.roleInOrganisation(),
                contact.email(), contact.phone(), contact.primary(), contact.newsletterConsentOn(),
                contact.sharingConsentOn(), contact.accountId() != null, contact.version());
    }
}
