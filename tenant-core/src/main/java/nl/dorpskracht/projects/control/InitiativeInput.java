package nl.dorpskracht.projects.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.platform.input.MultiLine;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.projects.entity.InitiativeDetails;
import nl.dorpskracht.projects.entity.InitiativeVisibility;

/** What an admin or a member contact sends about an initiative, as text, before validation. Every field is bounded. */
public record InitiativeInput(String memberId, String place, String municipalityCode, String title,
        @MultiLine String summary, @MultiLine String goal, @MultiLine String approach, @MultiLine String result,
        String costs, @MultiLine String funding, Boolean subsidised, @MultiLine String lessonsLearned,
        List<String> themes, String year, String visibility, List<LinkInput> links, String contactPersonId,
        Boolean contactConsent, Long version) {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 100;
    public static final int SUMMARY_MAX = 1000;
    public static final int TEXT_MAX = 4000;
    public static final int FUNDING_MAX = 1000;
    public static final int MAX_THEMES = 6;
    public static final int MAX_LINKS = 10;
    public static final int URL_MAX = 500;
    public static final int LABEL_MAX = 120;
    public static final BigDecimal COSTS_MAX = new BigDecimal("9999999999.99");

    /** A link as sent. */
    public record LinkInput(String url, String label) implements Serializable {
    }

    /** A validated link. */
    public record Link(String url, String label) implements Serializable {
    }

    /** Validated details; {@code activeThemes} are the codes of the national list one may choose. */
    public InitiativeDetails validate(Set<String> activeThemes) {
        InputFields fields = new InputFields();
        UUID member = uuid(fields, "memberId", memberId);
        String cleanPlace = fields.optional("place", place, PLACE_MAX);
        String municipality = fields.optional("municipalityCode", municipalityCode, 6);
        if (municipality != null && !municipality.matches("GM[0-9]{4}")) {
            fields.fail("municipalityCode", "invalid.initiativeMunicipality");
        }
        String cleanTitle = fields.required("title", title, TITLE_MAX, "required.initiativeTitle");
        String cleanSummary = fields.optional("summary", summary, SUMMARY_MAX);
        String cleanGoal = fields.optional("goal", goal, TEXT_MAX);
        String cleanApproach = fields.optional("approach", approach, TEXT_MAX);
        String cleanResult = fields.optional("result", result, TEXT_MAX);
        BigDecimal cleanCosts = costs(fields);
        String cleanFunding = fields.optional("funding", funding, FUNDING_MAX);
        String cleanLessons = fields.optional("lessonsLearned", lessonsLearned, TEXT_MAX);
        Integer cleanYear = fields.wholeNumber("year", year, 1950, 2100);
        InitiativeVisibility chosen = visibility == null || visibility.isBlank() ? InitiativeVisibility.OWN : fields
                .choice("visibility", visibility, InitiativeVisibility.class, null, "invalid.initiativeVisibility");
        List<String> codes = themes(fields, activeThemes);
        validLinks(fields);
        fields.throwIfInvalid();
        return new InitiativeDetails(member, cleanPlace, municipality, cleanTitle, cleanSummary, cleanGoal,
                cleanApproach, cleanResult, cleanCosts, cleanFunding, Boolean.TRUE.equals(subsidised), cleanLessons,
                codes, cleanYear, chosen);
    }

    /** The links, validated (call after {@link #validate}, which reports their errors). */
    public List<Link> validLinks() {
        InputFields fields = new InputFields();
        List<Link> valid = validLinks(fields);
        fields.throwIfInvalid();
        return valid;
    }

    public UUID contactPerson() {
        InputFields fields = new InputFields();
        UUID id = uuid(fields, "contactPersonId", contactPersonId);
        fields.throwIfInvalid();
        return id;
    }

    private List<Link> validLinks(InputFields fields) {
        List<Link> valid = new ArrayList<>();
        if (links == null) {
            return valid;
        }
        if (links.size() > MAX_LINKS) {
            fields.fail("links", "tooMany.initiativeLinks", MAX_LINKS);
            return valid;
        }
        for (int i = 0; i < links.size(); i++) {
            LinkInput link = links.get(i);
            if (link == null || (blank(link.url()) && blank(link.label()))) {
                continue;
            }
            String url = fields.required("links[" + i + "].url", link.url(), URL_MAX, "required.initiativeLinkUrl");
            if (url != null && !url.matches("https?://[^\\s]+")) {
                fields.fail("links[" + i + "].url", "invalid.initiativeLinkUrl");
            }
            String label = fields.optional("links[" + i + "].label", link.label(), LABEL_MAX);
            valid.add(new Link(url, label == null ? url == null ? "" : shortLabel(url) : label));
        }
        return valid;
    }

    private static String shortLabel(String url) {
        return url.length() <= LABEL_MAX ? url : url.substring(0, LABEL_MAX);
    }

    private List<String> themes(InputFields fields, Set<String> activeThemes) {
        if (themes == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String theme : themes) {
            if (theme == null || theme.isBlank()) {
                continue;
            }
            String code = theme.strip();
            if (!activeThemes.contains(code)) {
                fields.fail("themes", "unknown.initiativeTheme", code.length() > 40 ? code.substring(0, 40) : code);
            } else {
                codes.add(code);
            }
        }
        if (codes.size() > MAX_THEMES) {
            fields.fail("themes", "tooMany.initiativeThemes", MAX_THEMES);
        }
        return List.copyOf(codes);
    }

    private BigDecimal costs(InputFields fields) {
        String clean = fields.optional("costs", costs, 20);
        if (clean == null) {
            return null;
        }
        try {
            // "1.500,50" as a Dutch person writes it, "1500.50" as an integration sends it
            String plain = clean.replace("€", "").replace(" ", "");
            if (plain.contains(",")) {
                plain = plain.replace(".", "").replace(',', '.');
            } else if (plain.matches("[0-9]{1,3}(\\.[0-9]{3})+")) {
                // "12.500": thousands as the field's own hint writes them, never three decimals
                plain = plain.replace(".", "");
            }
            BigDecimal amount = new BigDecimal(plain);
            if (amount.signum() < 0 || amount.compareTo(COSTS_MAX) > 0 || amount.scale() > 2) {
                fields.fail("costs", "invalid.initiativeCosts");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            fields.fail("costs", "invalid.initiativeCosts");
            return null;
        }
    }

    private static UUID uuid(InputFields fields, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            fields.fail(field, "invalid.initiativeReference");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
