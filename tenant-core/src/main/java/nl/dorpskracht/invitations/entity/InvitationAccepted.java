package nl.dorpskracht.invitations.entity;

import java.util.UUID;

/**
 * Fired inside the accepting transaction, bound to the invitation's tenant: whoever the invitation was about (a contact
 * person, a region) links the account now, or refuses by throwing, which undoes the whole acceptance.
 */
public record InvitationAccepted(Invitation invitation, UUID accountId) {
}
