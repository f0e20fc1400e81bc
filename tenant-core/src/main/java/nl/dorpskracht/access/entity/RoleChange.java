package nl.dorpskracht.access.entity;

import java.util.List;
import nl.dorpskracht.invitations.entity.InvitationSent;

/**
 * The outcome of changing a person's roles: what they hold now (roles taken away are gone at once), and the invitations
 * sent for roles added, which they hold only once they accept.
 */
public record RoleChange(AccessHolder holder, List<Invited> invited) {

    public record Invited(nl.dorpskracht.tenancy.entity.Role role, InvitationSent sent) {
    }
}
