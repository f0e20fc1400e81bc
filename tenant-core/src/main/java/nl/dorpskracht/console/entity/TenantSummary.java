package nl.dorpskracht.console.entity;

import java.time.OffsetDateTime;

/**
 * An association as the platform console lists it: what it is, and counts without a name in them. The console never
 * shows a person of any association.
 */
public record TenantSummary(String code, String name, String kind, String parent, String province, String provinceName,
        boolean suspended, OffsetDateTime suspendedAt, long memberOrganisations, long administrators,
        long openInvitations) {
}
