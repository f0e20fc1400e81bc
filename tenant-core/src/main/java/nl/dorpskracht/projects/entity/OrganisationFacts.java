package nl.dorpskracht.projects.entity;

/** What an initiative copies of its member organisation, for readers who may not read the member itself. */
public record OrganisationFacts(String name, String type) {
}
