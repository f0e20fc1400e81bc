package nl.dorpskracht.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.platform.problem.InputFields;

/**
 * A volunteer's offer as typed, by the person (their own offer) or by the province (a person it registers, with their
 * consent). Name, e-mail and phone are asked only when the province registers someone; a contact person's own come from
 * their contact record.
 */
public record VolunteerInput(List<String> skills, String about, String region, String municipality, String place,
        String availability, String limits, Boolean findableNationally, Boolean active, Boolean consent, String name,
        String email, String phone, Long version) {

    public static final int MAX_SKILLS = 20;

    /** The checked offer; {@code withPerson}: name and e-mail are required (a person the province registers). */
    public record Offer(List<String> skills, String about, String region, String municipality, String place,
            String availability, String limits, boolean findableNationally, boolean active, String name, String email,
            String phone) {
    }

    public Offer validate(boolean withPerson) {
        InputFields fields = new InputFields();
        List<String> codes = skillCodes(fields, skills);
        String about = fields.optional("about", this.about, 1000);
        String region = fields.optional("region", this.region, 100);
        String municipality = fields.optional("municipality", this.municipality, 100);
        String place = fields.optional("place", this.place, 100);
        String availability = fields.optional("availability", this.availability, 300);
        String limits = fields.optional("limits", this.limits, 300);
        String name = null;
        String email = null;
        String phone = null;
        if (withPerson) {
            name = fields.required("name", this.name, 200, "required.name");
            email = fields.email("email", this.email);
            if (email == null) {
                fields.fail("email", "required.email");
            }
            phone = fields.phone("phone", this.phone);
        }
        if (!Boolean.TRUE.equals(consent)) {
            fields.fail("consent", "required.volunteerConsent");
        }
        fields.throwIfInvalid();
        return new Offer(codes, about, region, municipality, place, availability, limits,
                Boolean.TRUE.equals(findableNationally), active == null || active, name, email, phone);
    }

    /** Distinct, lower-case codes of the right shape; whether each is on the national list is the database's check. */
    static List<String> skillCodes(InputFields fields, List<String> skills) {
        List<String> codes = new ArrayList<>();
        if (skills != null) {
            for (String skill : skills) {
                String code = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
                if (!code.matches("[a-z][a-z-]{1,39}")) {
                    fields.fail("skills", "invalid.skill");
                    return List.of();
                }
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        if (codes.isEmpty()) {
            fields.fail("skills", "required.skills");
        } else if (codes.size() > MAX_SKILLS) {
            fields.fail("skills", "invalid.range", 1, MAX_SKILLS);
        }
        return codes;
    }
}
