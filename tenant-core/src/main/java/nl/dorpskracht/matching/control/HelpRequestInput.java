package nl.dorpskracht.matching.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.problem.InputFields;

/** A member organisation's request for help as typed; {@code memberId} only when an admin posts it for a member. */
public record HelpRequestInput(String memberId, String title, String description, List<String> skills, String place,
        String municipality, String periodFrom, String periodTo, Long version) {

    public record Request(UUID memberId, String title, String description, List<String> skills, String place,
            String municipality, LocalDate periodFrom, LocalDate periodTo) {
    }

    public Request validate(boolean memberRequired) {
        InputFields fields = new InputFields();
        UUID member = null;
        if (memberRequired) {
            String id = fields.required("memberId", memberId, 36, "required.member");
            try {
                member = id == null ? null : UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                fields.fail("memberId", "invalid.value");
            }
        }
        String title = fields.required("title", this.title, 200, "required.title");
        String description = fields.optional("description", this.description, 4000);
        List<String> codes = VolunteerInput.skillCodes(fields, skills);
        String place = fields.optional("place", this.place, 100);
        String municipality = fields.optional("municipality", this.municipality, 100);
        LocalDate from = fields.date("periodFrom", periodFrom);
        LocalDate to = fields.date("periodTo", periodTo);
        if (from != null && to != null && to.isBefore(from)) {
            fields.fail("periodTo", "invalid.period");
        }
        fields.throwIfInvalid();
        return new Request(member, title, description, codes, place, municipality, from, to);
    }
}
