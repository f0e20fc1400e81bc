package nl.dorpskracht.portal.control;

/**
 * An initiative of the Projectenbank or a help request of vraag & aanbod as the portal's start page lists it: its title
 * and a line about it, and whose it is. Nothing about a person.
 */
public record ProjectTeaser(String tenant, String hostName, String id, String title, String line, boolean own) {
}
