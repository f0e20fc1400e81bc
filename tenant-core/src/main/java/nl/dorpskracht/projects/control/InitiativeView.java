package nl.dorpskracht.projects.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.projects.entity.Initiative;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeStatus;
import nl.dorpskracht.projects.entity.InitiativeVisibility;
import nl.dorpskracht.projects.entity.SharedInitiative;

/**
 * An initiative as a reader gets it. {@code own} is true for the reading association's own; then the status, version,
 * member, contact person id and rejection reason are there too. The contact's name and e-mail are there only while the
 * person consents, whoever reads.
 */
public record InitiativeView(UUID id, String tenant, String hostName, String provinceName, boolean own,
        InitiativeStatus status, Long version, UUID memberId, String organisationName, String memberType, String place,
        String municipalityCode, String municipalityName, String title, String summary, String goal, String approach,
        String result, BigDecimal costs, String funding, boolean subsidised, String lessonsLearned, List<String> themes,
        Integer year, InitiativeVisibility visibility, String rejectionReason, UUID contactPersonId,
        boolean contactConsent, String contactName, String contactEmail, List<InitiativeInput.Link> links,
        List<FileView> files, OffsetDateTime updatedAt) implements Serializable {

    /** A file of an initiative, without its bytes. */
    public record FileView(UUID id, String fileName, String contentType, long size, OffsetDateTime addedAt)
            implements Serializable {
    }

    public static InitiativeView own(String tenant, String hostName, String provinceName, String municipalityName,
            Initiative initiative, List<InitiativeInput.Link> links, List<FileView> files) {
        InitiativeDetails d = initiative.details();
        return new InitiativeView(initiative.id(), tenant, hostName, provinceName, true, initiative.status(),
                initiative.version(), d.memberId(), initiative.organisationName(), initiative.memberType(), d.place(),
                d.municipalityCode(), municipalityName, d.title(), d.summary(), d.goal(), d.approach(), d.result(),
                d.costs(), d.funding(), d.subsidised(), d.lessonsLearned(), d.themes(), d.year(), d.visibility(),
                initiative.rejectionReason(), initiative.contactPersonId(), initiative.contactConsent(),
                initiative.contactName(), initiative.contactEmail(), links, files, initiative.updatedAt());
    }

    public static InitiativeView shared(SharedInitiative initiative, List<InitiativeInput.Link> links,
            List<FileView> files) {
        InitiativeDetails d = initiative.details();
        return new InitiativeView(initiative.id(), initiative.hostTenant(), initiative.hostName(),
                initiative.provinceName(), false, InitiativeStatus.PUBLISHED, null, null, initiative.organisationName(),
                initiative.memberType(), d.place(), d.municipalityCode(), initiative.municipalityName(), d.title(),
                d.summary(), d.goal(), d.approach(), d.result(), d.costs(), d.funding(), d.subsidised(),
                d.lessonsLearned(), d.themes(), d.year(), d.visibility(), null, null, initiative.contactName() != null,
                initiative.contactName(), initiative.contactEmail(), links, files, initiative.updatedAt());
    }

    /** What the public pages show: no status internals, no contact person ids. */
    public InitiativeView forPublic() {
        return new InitiativeView(id, tenant, hostName, provinceName, false, status, null, null, organisationName,
                memberType, place, municipalityCode, municipalityName, title, summary, goal, approach, result, costs,
                funding, subsidised, lessonsLearned, themes, year, visibility, null, null, contactConsent, contactName,
                contactEmail, links, files, updatedAt);
    }
}
