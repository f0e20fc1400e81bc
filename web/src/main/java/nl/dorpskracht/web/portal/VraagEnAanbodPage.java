package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.boundary.HelpRequests;
import nl.dorpskracht.matching.boundary.Matchmaking;
import nl.dorpskracht.matching.boundary.Volunteers;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.HelpRequestInput;
import nl.dorpskracht.matching.control.Skill;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.matching.control.VolunteerInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * "Vraag en aanbod" for a contact person: their own offer as a volunteer, their organisation's requests for help, and
 * the proposals about them, answered yes or no (details are exchanged by mail only after a yes).
 */
@Named("vraagEnAanbod")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class VraagEnAanbodPage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    Volunteers volunteers;

    @Inject
    HelpRequests requests;

    @Inject
    Matchmaking matchmaking;

    private String tenant;

    // the offer
    private List<String> skills = new ArrayList<>();
    private String about;
    private String region;
    private String place;
    private String availability;
    private String limits;
    private boolean findableNationally;
    private boolean active = true;
    private boolean consent;
    private boolean offered;
    private boolean loaded;

    // a new request
    private String requestTitle;
    private String requestDescription;
    private List<String> requestSkills = new ArrayList<>();
    private String requestPlace;
    private String periodFrom;
    private String periodTo;

    private List<Skill> skillChoices;
    private List<HelpRequest> myRequests;
    /** Read again after a restore: a map of the ledger's columns is not Serializable. */
    private transient List<Map<String, Object>> proposals;

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    /** The saved offer, read on the first getter: the page gate binds the tenant around methods, not construction. */
    private void loadOffer() {
        if (loaded || tenant == null) {
            return;
        }
        loaded = true;
        try {
            volunteers.mine().ifPresent(this::show);
        } catch (ProblemException problem) {
            offered = false;
        }
    }

    private void show(Volunteer me) {
        offered = true;
        skills = new ArrayList<>(me.skills());
        about = me.about();
        region = me.region();
        place = me.place();
        availability = me.availability();
        limits = me.limits();
        findableNationally = me.findableNationally();
        active = me.active();
        consent = true;
    }

    public void saveOffer() {
        loaded = true;
        try {
            show(volunteers.saveMine(new VolunteerInput(skills, about, region, null, place, availability, limits,
                    findableNationally, active, consent, null, null, null, null)));
            PageMessages.info("portal.matching.offer.saved");
            proposals = null;
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public void withdrawOffer() {
        try {
            volunteers.deleteMine();
            offered = false;
            skills = new ArrayList<>();
            about = region = place = availability = limits = null;
            findableNationally = consent = false;
            active = true;
            proposals = null;
            PageMessages.info("portal.matching.offer.withdrawn");
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public void ask() {
        try {
            requests.ask(new HelpRequestInput(null, requestTitle, requestDescription, requestSkills, requestPlace, null,
                    periodFrom, periodTo, null));
            PageMessages.info("portal.matching.request.posted");
            requestTitle = requestDescription = requestPlace = periodFrom = periodTo = null;
            requestSkills = new ArrayList<>();
            myRequests = null;
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public void accept(String match) {
        answer(match, true);
    }

    public void decline(String match) {
        answer(match, false);
    }

    private void answer(String match, boolean yes) {
        try {
            String status = matchmaking.answer(UUID.fromString(match), yes);
            PageMessages.info("portal.matching.answer." + status);
        } catch (IllegalArgumentException wrongId) {
            PageMessages.error("portal.matching.answer.unknown", null);
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
        proposals = null;
    }

    public List<Skill> getSkillChoices() {
        if (skillChoices == null) {
            skillChoices = tenant == null ? List.of() : volunteers.skills();
        }
        return skillChoices;
    }

    public List<HelpRequest> getMyRequests() {
        if (myRequests == null && tenant != null) {
            try {
                myRequests = requests.ofMyOrganisation();
            } catch (ProblemException problem) {
                myRequests = List.of();
            }
        }
        return myRequests == null ? List.of() : myRequests;
    }

    public List<Map<String, Object>> getProposals() {
        if (proposals == null && tenant != null) {
            try {
                proposals = matchmaking.aboutMe();
            } catch (ProblemException problem) {
                proposals = List.of();
            }
        }
        return proposals == null ? List.of() : proposals;
    }

    public String status(String status) {
        return PageMessages.text("portal.matching.status." + status);
    }

    public String skillLabel(String code) {
        return getSkillChoices().stream().filter(s -> s.code().equals(code)).map(Skill::labelNl).findFirst()
                .orElse(code);
    }

    public String skillLabels(List<String> codes) {
        return codes == null ? "" : String.join(", ", codes.stream().map(this::skillLabel).toList());
    }

    public boolean isMember() {
        return tenant != null;
    }

    public boolean isOffered() {
        loadOffer();
        return offered;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public List<String> getSkills() {
        loadOffer();
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public String getAbout() {
        loadOffer();
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public String getRegion() {
        loadOffer();
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPlace() {
        loadOffer();
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAvailability() {
        loadOffer();
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public String getLimits() {
        loadOffer();
        return limits;
    }

    public void setLimits(String limits) {
        this.limits = limits;
    }

    public boolean isFindableNationally() {
        loadOffer();
        return findableNationally;
    }

    public void setFindableNationally(boolean findableNationally) {
        this.findableNationally = findableNationally;
    }

    public boolean isActive() {
        loadOffer();
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isConsent() {
        loadOffer();
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getRequestTitle() {
        return requestTitle;
    }

    public void setRequestTitle(String requestTitle) {
        this.requestTitle = requestTitle;
    }

    public String getRequestDescription() {
        return requestDescription;
    }

    public void setRequestDescription(String requestDescription) {
        this.requestDescription = requestDescription;
    }

    public List<String> getRequestSkills() {
        return requestSkills;
    }

    public void setRequestSkills(List<String> requestSkills) {
        this.requestSkills = requestSkills;
    }

    public String getRequestPlace() {
        return requestPlace;
    }

    public void setRequestPlace(String requestPlace) {
        this.requestPlace = requestPlace;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }
}
