package nl.dorpskracht.admin.campaigns;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CampaignView;
import nl.dorpskracht.campaigns.control.PositionView;
import nl.dorpskracht.campaigns.entity.CampaignInput;
import nl.dorpskracht.campaigns.entity.PositionInput;

/**
 * What the campaign form holds between requests: the letter's text, the period as the browser's date picker gives it
 * (yyyy-MM-dd), the speerpunten in their order (moved and removed here, written on save) and the chosen targets.
 */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private String title;
    private String summary;
    private String body;
    private String closing;
    private String opensOn;
    private String closesOn;
    private boolean national;
    private final List<Position> positions = new ArrayList<>();
    private List<String> targetIds = new ArrayList<>();

    /** One speerpunt as it stands in the form. */
    public static class Position implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String explanation;

        Position(String title, String explanation) {
            this.title = title;
            this.explanation = explanation;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }

    void load(CampaignView view) {
        version = view.version();
        title = view.title();
        summary = view.summary();
        body = view.body();
        closing = view.closing();
        opensOn = date(view.opensOn());
        closesOn = date(view.closesOn());
        national = view.national();
        positions.clear();
        for (PositionView position : view.positions() == null ? List.<PositionView> of() : view.positions()) {
            positions.add(new Position(position.title(), position.explanation()));
        }
        targetIds = new ArrayList<>();
        for (UUID id : view.targetIds() == null ? List.<UUID> of() : view.targetIds()) {
            targetIds.add(id.toString());
        }
    }

    CampaignInput input() {
        List<PositionInput> typed = positions.stream().map(p -> new PositionInput(p.title, p.explanation)).toList();
        return new CampaignInput(title, summary, body, closing, blankToNull(opensOn), blankToNull(closesOn), national,
                typed, List.copyOf(targetIds));
    }

    void addPosition() {
        positions.add(new Position(null, null));
    }

    void removePosition(int index) {
        if (index >= 0 && index < positions.size()) {
            positions.remove(index);
        }
    }

    /** Swaps the speerpunt at {@code index} with the one {@code by} places further (-1 is up, 1 is down). */
    void movePosition(int index, int by) {
        int other = index + by;
        if (index >= 0 && index < positions.size() && other >= 0 && other < positions.size()) {
            positions.set(other, positions.set(index, positions.get(other)));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = closing;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isNational() {
        return national;
    }

    public void setNational(boolean national) {
        this.national = national;
    }

    public List<Position> getPositions() {
        return positions;
    }

    public List<String> getTargetIds() {
        return targetIds;
    }

    public void setTargetIds(List<String> targetIds) {
        this.targetIds = targetIds == null ? new ArrayList<>() : new ArrayList<>(targetIds);
    }
}
