package nl.dorpskracht.admin.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.security.secondfactor.TenantSecondFactorSetting;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** The association's security settings: for now, whether its administrators must use a second factor. */
@Named("securityPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class SecurityPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantGate gate;

    @Inject
    Caller caller;

    @Inject
    TenantSecondFactorSetting setting;

    private String tenant;
    private boolean required;

    @PostConstruct
    void init() {
        List<String> administered = caller.tenantsWhere(Role.TENANT_ADMIN);
        tenant = administered.isEmpty() ? null : administered.get(0);
        if (tenant != null) {
            gate.enter(this);
            required = setting.required();
        }
    }

    public void save() {
        setting.require(required);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("security.saved"), null));
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getTenant() {
        return tenant;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
