package nl.dorpskracht.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.rest.RequestParts;
import nl.dorpskracht.projects.boundary.InitiativeService;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.projects.entity.InitiativeTheme;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.portal.MemberTenant;
import nl.dorpskracht.web.portal.MemberView;
import nl.dorpskracht.web.portal.PageMessages;

/**
 * One initiative for a member: a published one of the own association (or one the member submitted), or another
 * association's shared one ({@code tenant} names its association). Anything else is "not found", with no data.
 */
@Named("portalInitiative")
@ViewScoped
@TenantPage(value = Role.MEMBER_CONTACT, rule = MemberTenant.class)
public class PortalInitiativePage implements Serializable, MemberView {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberTenant memberTenant;

    @Inject
    InitiativeService initiatives;

    private String id;
    private String host;
    private String tenant;
    private InitiativeView initiative;
    private Map<String, String> themeLabels = Map.of();

    @PostConstruct
    void init() {
        List<String> own = memberTenant.all();
        tenant = own.isEmpty() ? null : own.get(0);
    }

    public void load() {
        if (tenant == null || initiative != null) {
            return;
        }
        try {
            String from = host == null || host.isBlank() ? tenant : host.strip();
            initiative = initiatives.read(from, RequestParts.id(id, ProblemCode.INITIATIVE_NOT_FOUND));
            themeLabels = initiatives.themes().stream()
                    .collect(Collectors.toMap(InitiativeTheme::code, InitiativeTheme::labelNl));
        } catch (ProblemException problem) {
            PageMessages.problem(problem, null);
        }
    }

    public String getThemes() {
        return initiative == null ? "" : initiative.themes().stream().map(code -> themeLabels.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    public String getCosts() {
        return initiative == null || initiative.costs() == null ? ""
                : NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL")).format(initiative.costs());
    }

    public String getFileBase() {
        return "/api/v1/" + tenant + "/initiatives/" + (initiative == null ? "" : initiative.id()) + "/files/";
    }

    public String getHostQuery() {
        return initiative == null || initiative.own() ? "" : "?host=" + initiative.tenant();
    }

    public InitiativeView getInitiative() {
        return initiative;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The association of the initiative (the query parameter {@code tenant}); the own one when absent. */
    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getTenant() {
        return tenant;
    }

    public boolean isMember() {
        return tenant != null;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }
}
