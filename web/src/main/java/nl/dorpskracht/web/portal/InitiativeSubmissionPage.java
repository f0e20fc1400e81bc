package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.projects.boundary.InitiativeSubmissions;
import nl.dorpskracht.projects.control.InitiativeInput;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.entity.InitiativeTheme;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * "Initiatief insturen": a contact person tells the association about an initiative of their own organisation; the
 * association publishes or rejects it. Below the form, what they submitted and where it stands.
 */
@Named("initiativeSubmission")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class InitiativeSubmissionPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    InitiativeSubmissions submissions;

    @Inject
    InitiativeService initiatives;

    private String tenant;
    private String title;
    private String place;
    private String summary;
    private String goal;
    private String approach;
    private String result;
    private String costs;
    private String funding;
    private boolean subsidised;
    private String lessonsLearned;
    private List<String> themes = new ArrayList<>();
    private String year;
    private String visibility = "ALL";
    private boolean contactConsent;
    private List<InitiativeView> mine;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public void submit() {
        try {
            submissions.submit(new InitiativeInput(null, place, null, title, summary, goal, approach, result, costs,
                    funding, subsidised, lessonsLearned, themes, year, visibility, List.of(), null, contactConsent,
                    null));
            PageMessages.info("portal.initiative.submitted");
            title = place = summary = goal = approach = result = costs = funding = lessonsLearned = year = null;
            themes = new ArrayList<>();
            mine = null;
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public List<InitiativeTheme> getThemeChoices() {
        return tenant == null ? List.of() : initiatives.themes().stream().filter(InitiativeTheme::active).toList();
    }

    public List<InitiativeView> getMine() {
        if (mine == null && tenant != null) {
            try {
                mine = submissions.mine();
            } catch (ProblemException problem) {
                mine = List.of();
            }
        }
        return mine == null ? List.of() : mine;
    }

    public String status(InitiativeView initiative) {
        return PageMessages.text("portal.initiative.status." + initiative.status().name());
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
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
        this.themes = themes;
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

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }
}
