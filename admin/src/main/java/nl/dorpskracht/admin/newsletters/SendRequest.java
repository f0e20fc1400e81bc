package nl.dorpskracht.admin.newsletters;

/** The body of POST {@code /newsletters/{id}/send}: the version the admin saw, and whether the archive shows it. */
public record SendRequest(Long version, Boolean publicIssue) {
}
