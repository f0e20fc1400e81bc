package nl.dorpskracht.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.prize.boundary.PrizeService;
import nl.dorpskracht.prize.control.NominationResult;
import nl.dorpskracht.prize.control.NominationView;
import nl.dorpskracht.prize.control.PrizeOverview;
import nl.dorpskracht.prize.entity.PrizePhase;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;

/**
 * The Dorpskrachtprijs of one of the province's ALVs for a contact person: the nominations, the vote of their
 * organisation while voting is open, and the result once it is announced.
 */
@Named("portalVote")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PrizeVotePage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    PrizeService prizes;

    private String event;
    private String tenant;
    private String choice;
    private transient PrizeOverview round;

    /** The view action: the round of the ALV in the member's province, or why there is none. */
    public void load() {
        refresh();
    }

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public void vote() {
        if (choice == null || choice.isBlank()) {
            PageMessages.error("portal.prize.chooseFirst", "vote:choice");
            return;
        }
        try {
            prizes.vote(eventId(), RequestParts.id(choice, ProblemCode.NOMINATION_NOT_FOUND));
            PageMessages.info("portal.prize.voted");
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
        round = null;
        refresh();
    }

    private void refresh() {
        if (tenant == null || round != null) {
            return;
        }
        try {
            round = prizes.round(eventId());
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    private UUID eventId() {
        return RequestParts.id(event, ProblemCode.EVENT_NOT_FOUND);
    }

    public PrizeOverview getRound() {
        refresh();
        return round;
    }

    public boolean isVoting() {
        return getRound() != null && PrizePhase.VOTING.name().equals(round.phase())
                && !Boolean.TRUE.equals(round.organisationVoted());
    }

    public boolean isVoted() {
        return getRound() != null && Boolean.TRUE.equals(round.organisationVoted());
    }

    public String getPhaseText() {
        return getRound() == null ? "" : PageMessages.text("portal.prize.phase." + round.phase());
    }

    /** What the organisation voted for, by name. */
    public String getOwnChoice() {
        if (!isVoted() || round.ownVote() == null) {
            return "";
        }
        return round.nominations().stream().filter(n -> n.id().equals(round.ownVote().nominationId())).map(this::label)
                .findFirst().orElse("");
    }

    public List<NominationResult> getResults() {
        return getRound() == null || round.results() == null ? List.of() : round.results().nominations();
    }

    public String label(NominationView nomination) {
        return nomination.initiative() + (nomination.village() == null ? "" : " (" + nomination.village() + ")");
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
