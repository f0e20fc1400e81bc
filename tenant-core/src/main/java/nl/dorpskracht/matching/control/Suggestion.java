package nl.dorpskracht.matching.control;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A candidate for a request, as any province may see it: a pseudonym, skills and where; {@code overlap} the skills in
 * common, {@code nearness} 3 the request's region, 2 the same province, 1 another province (with consent).
 */
public record Suggestion(String volunteerTenant, UUID volunteerId, String pseudonym, List<String> skills, String region,
        String municipality, String province, int overlap, int nearness) implements Serializable {
}
