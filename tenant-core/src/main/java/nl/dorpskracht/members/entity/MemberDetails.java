package nl.dorpskracht.members.entity;

/** What an admin says about a member organisation; already validated and trimmed. */
public record MemberDetails(String name, MemberType type, String municipality, String region, String email) {
}
