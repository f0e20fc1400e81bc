package nl.dorpskracht.admin.members;

/** A change of a member's status, with an optional reason (e.g. "opgezegd per 1 januari"). */
public record StatusRequest(String status, String reason) {
}
