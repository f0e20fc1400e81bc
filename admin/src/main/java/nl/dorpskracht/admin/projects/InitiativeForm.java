package nl.dorpskracht.admin.projects;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.projects.control.InitiativeInput;
import nl.dorpskracht.projects.control.InitiativeView;

/** What the admin's initiative form holds, as text; the service validates it (and bounds every field). */
public final class InitiativeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String title;
    private String summary;
    private String goal;
    private String approach;
    private String result;
    private String costs;
    private String funding;
    private boolean subsidised;
    private String lessonsLearned;
    private List<String> themes = new ArrayList<>();
    private String municipalityCode;
    private String place;
    private String year;
    private String visibility = "OWN";
    private String memberId;
    private String contactPersonId;
    private boolean contactConsent;
    private List<InitiativeInput.LinkInput> links = List.of();

    InitiativeInput input(Long version) {
        return new InitiativeInput(memberId, place, municipalityCode, title, summary, goal, approach, result, costs,
                funding, subsidised, lessonsLearned, themes, year, visibility, links, contactPersonId, contactConsent,
                version);
    }

    void load(InitiativeView item) {
        title = item.title();
        summary = item.summary();
        goal = item.goal();
        approach = item.approach();
        result = item.result();
        costs = item.costs() == null ? null : item.costs().toPlainString();
        funding = item.funding();
        subsidised = item.subsidised();
        lessonsLearned = item.lessonsLearned();
        themes = new ArrayList<>(item.themes());
        municipalityCode = item.municipalityCode();
        place = item.place();
        year = item.year() == null ? null : item.year().toString();
        visibility = item.visibility().name();
        memberId = item.memberId() == null ? null : item.memberId().toString();
        contactPersonId = item.contactPersonId() == null ? null : item.contactPersonId().toString();
        contactConsent = item.contactConsent();
        // the links are kept as they are: this form does not edit them
        links = item.links().stream().map(l -> new InitiativeInput.LinkInput(l.url(), l.label())).toList();
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

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getCosts() {
        return costs;
    }

    public void setCosts(String costs) {
        this.costs = costs;
    }

    public String getFunding() {
        return funding;
    }

    public void setFunding(String funding) {
        this.funding = funding;
    }

    public boolean isSubsidised() {
        return subsidised;
    }

    public void setSubsidised(boolean subsidised) {
        this.subsidised = subsidised;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public void setLessonsLearned(String lessonsLearned) {
        this.lessonsLearned = lessonsLearned;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getContactPersonId() {
        return contactPersonId;
    }

    public void setContactPersonId(String contactPersonId) {
        this.contactPersonId = contactPersonId;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }
}
