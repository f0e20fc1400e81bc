package nl.dorpskracht.admin.ambassador;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * What the three ambassador pages share: the association chosen by {@code ?tenant=} (an ambassador of two chooses),
 * entered by the page gate as ambassador only, and a refusal said once at the top of the page instead of data. Each
 * page reads on a GET, so a search or a page of the list is a link that can be bookmarked.
 */
@TenantPage(value = Role.REGIONAL_AMBASSADOR, rule = AmbassadorTenant.class)
abstract class AmbassadorPage implements TenantView {

    static final int PARAMETER_MAX = 200;

    @Inject
    AmbassadorTenant ambassadorTenant;

    @Inject
    TenantRegistry registry;

    private String tenant;

    @PostConstruct
    void choose() {
        tenant = ambassadorTenant.wanted(parameter("tenant"));
    }

    /** The association the page works in; blank when the caller is ambassador nowhere, which the gate refuses. */
    @Override
    public String viewedTenant() {
        return tenant == null ? "" : tenant;
    }

    /** The refusal, once at the top of the page, in the language the person chose. */
    @Override
    public void refusedAtGate(ProblemException problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.code().title(locale(faces)), null));
    }

    /** True: a method of the page runs only after the gate let it into the association. */
    protected boolean enter() {
        return true;
    }

    /** The page's view action: the gate is passed (or the refusal said) before the page's messages are written. */
    public void open() {
        enter();
    }

    /** The language the person chose; in a view action the view does not know it yet. */
    private static Locale locale(FacesContext faces) {
        Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{language.locale}", Locale.class);
        return chosen != null ? chosen : faces.getViewRoot().getLocale();
    }

    /** A query parameter, stripped and bounded; null when absent, blank or too long. */
    protected static String parameter(String name) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        String value = parameters.get(name);
        if (value == null || value.isBlank() || value.length() > PARAMETER_MAX) {
            return null;
        }
        return value.strip();
    }

    public boolean isAllowed() {
        return enter();
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return isAllowed() ? registry.nameOf(tenant) : "";
    }

    /** The associations to choose from, when the caller is ambassador in more than one. */
    public List<Tenant> getChoices() {
        List<String> own = ambassadorTenant.all();
        return own.size() < 2 ? List.of() : registry.all().stream().filter(t -> own.contains(t.code())).toList();
    }

    /** The caller's regions in the chosen association, as the page says them ("Noord-Limburg, Midden-Limburg"). */
    public String getRegions() {
        return isAllowed() ? String.join(", ", ambassadorTenant.regionsIn(tenant)) : "";
    }
}
