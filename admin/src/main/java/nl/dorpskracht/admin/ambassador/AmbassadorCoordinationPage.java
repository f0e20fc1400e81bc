package nl.dorpskracht.admin.ambassador;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The regional coordinator's vraag &amp; aanbod: the open requests of their regions, for each the best suggestions
 * (pseudonym, skills, where; never a name), and a button that proposes one: the volunteer is then asked by mail.
 */
@Named("ambassadorCoordination")
@RequestScoped
public class AmbassadorCoordinationPage extends AmbassadorPage {

    static final int SUGGESTIONS = 5;

    @Inject
    HelpRequests requests;

    @Inject
    Matchmaking matchmaking;

    @Inject
    Volunteers volunteers;

    private List<HelpRequest> open;
    private final Map<UUID, List<Suggestion>> suggested = new HashMap<>();
    private Map<String, String> labels;

    public List<HelpRequest> getRequests() {
        if (open == null) {
            open = enter() ? requests.list("OPEN", 0, 50) : List.of();
        }
        return open;
    }

    public List<Suggestion> suggestions(HelpRequest request) {
        return suggested.computeIfAbsent(request.id(), id -> matchmaking.suggestions(id, SUGGESTIONS));
    }

    /** The skills in the person's words, comma-separated. */
    public String skills(List<String> codes) {
        if (labels == null) {
            labels = new HashMap<>();
            for (Skill skill : volunteers.skills()) {
                labels.put(skill.code(), skill.labelNl());
            }
        }
        return String.join(", ", codes.stream().map(code -> labels.getOrDefault(code, code)).toList());
    }

    public void propose(String request, String volunteerTenant, String volunteer) {
        if (!enter()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            matchmaking.propose(UUID.fromString(request), volunteerTenant, UUID.fromString(volunteer));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, faces.getApplication()
                    .evaluateExpressionGet(faces, "#{msg['coordination.proposed']}", String.class), null));
            open = null;
            suggested.clear();
        } catch (ProblemException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.code().title(), null));
        } catch (IllegalArgumentException malformed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    nl.dorpskracht.platform.problem.ProblemCode.HELP_REQUEST_NOT_FOUND.title(), null));
        }
    }
}
