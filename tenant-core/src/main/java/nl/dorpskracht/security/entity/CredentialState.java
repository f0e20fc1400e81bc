package nl.dorpskracht.security.entity;

/**
 * Where an account's credentials stand: the version a session or a remembered verification must still carry, and
 * whether the password was chosen by someone else and must be changed before anything else.
 */
public record CredentialState(long version, boolean mustChangePassword) {
}
