package nl.dorpskracht.portal.control;

import java.util.UUID;

/** Who the caller is in their province: the contact person, their organisation and the province. */
public record MemberProfile(String tenant, String tenantName, UUID contactId, String contactName,
        String organisationName) {
}
