package nl.dorpskracht.access.entity;

import java.util.List;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Role;

/** A person with grants in the tenant: their login's address and name, and every role they hold there. */
public record AccessHolder(UUID accountId, String email, String name, List<Role> roles) {
}
