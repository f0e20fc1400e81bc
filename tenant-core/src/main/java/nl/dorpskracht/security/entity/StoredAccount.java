package nl.dorpskracht.security.entity;

import java.util.UUID;

public record StoredAccount(UUID id, String email, String displayName, String passwordHash, boolean enabled) {
}
