package nl.dorpskracht.access.entity;

import java.util.List;

/** Who has which role in the tenant, and who is invited to one. */
public record AccessOverview(List<AccessHolder> people, List<OpenInvitation> invitations) {
}
