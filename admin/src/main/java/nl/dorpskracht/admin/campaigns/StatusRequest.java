package nl.dorpskracht.admin.campaigns;

/** The body of PUT {@code /campaigns/{id}/status}: the next status and the version the admin saw. */
public record StatusRequest(String status, Long version) {
}
