package nl.dorpskracht.portal.entity;

import java.util.List;
import java.util.Locale;
import nl.dorpskracht.campaigns.boundary.CampaignService;
import nl.dorpskracht.events.boundary.EventService.Scope;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/** What the member portal shows: the province's own content ("Mijn provincie") or what is shared nationally. */
public enum PortalScope {
    LOCAL(Scope.LOCAL, CampaignService.Scope.LOCAL), NATIONAL(Scope.NATIONAL, CampaignService.Scope.NATIONAL);

    private final Scope agendaScope;
    private final CampaignService.Scope campaignScope;

    PortalScope(Scope agendaScope, CampaignService.Scope campaignScope) {
        this.agendaScope = agendaScope;
        this.campaignScope = campaignScope;
    }

    /** {@code local} or {@code national}, in any case; anything else is a bad parameter. */
    public static PortalScope parse(String value) {
        if (value != null) {
            for (PortalScope scope : values()) {
                if (scope.name().equalsIgnoreCase(value.strip())) {
                    return scope;
                }
            }
        }
        throw new ProblemException(ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_PARAMETER.title(),
                List.of(FieldError.field("scope", "invalid.value")));
    }

    public Scope agendaScope() {
        return agendaScope;
    }

    /** The province's own campaigns, or the national campaigns of others. */
    public CampaignService.Scope campaignScope() {
        return campaignScope;
    }

    /** As the API writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
