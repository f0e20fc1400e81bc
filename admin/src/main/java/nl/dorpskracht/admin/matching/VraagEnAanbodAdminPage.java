package nl.dorpskracht.admin.matching;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.matching.boundary.HelpRequests;
import nl.dorpskracht.matching.boundary.Matchmaking;
import nl.dorpskracht.matching.boundary.Volunteers;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.matching.control.Skill;
import nl.dorpskracht.matching.control.Suggestion;
import nl.dorpskracht.matching.control.Volunteer;
import nl.dorpskracht.matching.control.VolunteerInput;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * The association's vraag &amp; aanbod: its open requests with the best suggestions (pseudonym, skills, where; never a
 * name) and a button that proposes one (the volunteer is asked by mail through the outbox), and the volunteers it
 * registered, with a form to register one more with their consent.
 */
@Named("vraagEnAanbodAdmin")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class VraagEnAanbodAdminPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 5;
    static final int PAGE = 50;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    HelpRequests requests;

    @Inject
    Matchmaking matchmaking;

    @Inject
    Volunteers volunteers;

    private String tenant;
    private List<HelpRequest> open;
    private final Map<UUID, List<Suggestion>> suggested = new HashMap<>();
    private List<Volunteer> registered;
    private List<Skill> skillChoices;

    private String name;
    private String email;
    private String phone;
    private List<String> skills = new ArrayList<>();
    private String region;
    private String place;
    private String availability;
    private boolean findableNationally;
    private boolean consent;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getTenant() {
        return tenant;
    }

    public List<HelpRequest> getRequests() {
        if (open == null) {
            open = tenant == null ? List.of() : requests.list("OPEN", 0, PAGE);
        }
        return open;
    }

    public List<Suggestion> suggestions(HelpRequest request) {
        return suggested.computeIfAbsent(request.id(), id -> matchmaking.suggestions(id, SUGGESTIONS));
    }

    public List<Volunteer> getVolunteers() {
        if (registered == null) {
            registered = tenant == null ? List.of() : volunteers.list(null, false, 0, PAGE);
        }
        return registered;
    }

    public List<Skill> getSkillChoices() {
        if (skillChoices == null) {
            skillChoices = tenant == null ? List.of() : volunteers.skills();
        }
        return skillChoices;
    }

    /** The skills in words, comma-separated. */
    public String skillLabels(List<String> codes) {
        Map<String, String> labels = new HashMap<>();
        getSkillChoices().forEach(skill -> labels.put(skill.code(), skill.labelNl()));
        return String.join(", ", codes.stream().map(code -> labels.getOrDefault(code, code)).toList());
    }

    public void propose(String request, String volunteerTenant, String volunteer) {
        try {
            matchmaking.propose(UUID.fromString(request), volunteerTenant, UUID.fromString(volunteer));
            FacesSupport.infoAsWritten("matchingAdmin.proposed");
            open = null;
            suggested.clear();
        } catch (ProblemException refused) {
            FacesSupport.reportAtFields(refused, null);
        } catch (IllegalArgumentException malformed) {
            FacesSupport.error("matchingAdmin.unknown");
        }
    }

    public void register() {
        try {
            volunteers.register(new VolunteerInput(skills, null, region, null, place, availability, null,
                    findableNationally, true, consent, name, email, phone, null));
            FacesSupport.infoAsWritten("matchingAdmin.registered");
            name = email = phone = region = place = availability = null;
            skills = new ArrayList<>();
            findableNationally = consent = false;
            registered = null;
            suggested.clear();
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, "register:");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public boolean isFindableNationally() {
        return findableNationally;
    }

    public void setFindableNationally(boolean findableNationally) {
        this.findableNationally = findableNationally;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
