package nl.dorpskracht.campaigns.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.platform.problem.InputFields;

/**
 * A campaign as typed: its letter (title, summary, body, closing), co-signing period, whether it is national, the
 * speerpunten in order and the targets it writes to (ids from the tenant's target list).
 */
public record CampaignInput(String title, String summary, String body, String closing, String opensOn, String closesOn,
        Boolean national, List<PositionInput> positions, List<String> targetIds) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 20_000;
    public static final int CLOSING_MAX = 500;
    public static final int POSITIONS_MAX = 50;
    public static final int POSITION_TITLE_MAX = 300;
    public static final int POSITION_EXPLANATION_MAX = 4000;

    /** The validated campaign: its details, speerpunten and targets. */
    public record Valid(CampaignDetails details, List<PositionDetails> positions, Set<UUID> targetIds) {
    }

    public Valid validate() {
        InputFields fields = new InputFields();
        String cleanTitle = fields.required("title", title, TITLE_MAX, "required.campaignTitle");
        String cleanSummary = fields.optional("summary", summary, SUMMARY_MAX);
        String cleanBody = fields.required("body", body, BODY_MAX, "required.campaignBody");
        String cleanClosing = fields.optional("closing", closing, CLOSING_MAX);
        var opens = fields.date("opensOn", opensOn);
        var closes = fields.date("closesOn", closesOn);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            fields.fail("closesOn", "invalid.closesBeforeOpens");
        }
        List<PositionDetails> cleanPositions = new ArrayList<>();
        List<PositionInput> typed = positions == null ? List.of() : positions;
        if (typed.size() > POSITIONS_MAX) {
            fields.fail("positions", "invalid.positions", POSITIONS_MAX);
        }
        for (int i = 0; i < typed.size() && i < POSITIONS_MAX; i++) {
            PositionInput position = typed.get(i);
            String field = "positions[" + i + "]";
            String positionTitle = fields.required(field + ".title", position == null ? null : position.title(),
                    POSITION_TITLE_MAX, "required.positionTitle");
            String explanation = fields.optional(field + ".explanation",
                    position == null ? null : position.explanation(), POSITION_EXPLANATION_MAX);
            cleanPositions.add(new PositionDetails(positionTitle, explanation));
        }
        Set<UUID> targets = new LinkedHashSet<>();
        for (String id : targetIds == null ? List.<String> of() : targetIds) {
            try {
                targets.add(UUID.fromString(id == null ? "" : id.strip()));
            } catch (IllegalArgumentException e) {
                fields.fail("targetIds", "invalid.targetId");
            }
        }
        fields.throwIfInvalid();
        return new Valid(new CampaignDetails(cleanTitle, cleanSummary, cleanBody, cleanClosing, opens, closes,
                Boolean.TRUE.equals(national)), List.copyOf(cleanPositions), targets);
    }
}
