package nl.dorpskracht.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Tenant;

/**
 * The header's choice of association, for a person with grants in more than one. After a switch the person starts again
 * on the landing page of the association chosen, so no page keeps showing the previous one's data.
 */
@Named("switcher")
@RequestScoped
public class TenantSwitcher {

    @Inject
    WorkingTenant workingTenant;

    @Inject
    LoginBean login;

    private String selected;
    private List<Tenant> choices;

    public List<Tenant> getChoices() {
        if (choices == null) {
            choices = login.isLoggedIn() ? workingTenant.choices() : List.of();
        }
        return choices;
    }

    /** Only for a person who has more than one association to choose from. */
    public boolean isShown() {
        return getChoices().size() > 1;
    }

    public String getSelected() {
        return selected != null ? selected : workingTenant.current().orElse(null);
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public void switchTo() throws IOException {
        workingTenant.choose(selected);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + login.landingPage());
        faces.responseComplete();
    }
}
