package nl.dorpskracht.projects.entity;

/** What an initiative copies of its consenting contact person, for readers in other associations. */
public record ContactFacts(String name, String email) {
}
