package nl.dorpskracht.web.portal;

import java.util.List;
import java.util.UUID;
import nl.dorpskracht.portal.control.MemberProfile;

/**
 * The caller: login, grants per tenant, the portal scope they chose last, and, for a contact person, who they are in
 * their province ({@code contact} is absent for anyone else).
 */
public record MeView(String email, String displayName, List<TenantGrants> grants, String preferredScope,
        ContactView contact) {

    public record TenantGrants(String tenant, String tenantName, List<String> roles) {
    }

    public record ContactView(String tenant, String tenantName, UUID contactId, String name, String organisationName) {

        static ContactView of(MemberProfile profile) {
            return new ContactView(profile.tenant(), profile.tenantName(), profile.contactId(), profile.contactName(),
                    profile.organisationName());
        }
    }
}
