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
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.security.secondfactor.TenantSecondFactorSetting;
import nl.dorpskracht.tenancy.boundary.TenantAccess;

/** The association's security settings: for now, whether its administrators must use a second factor. */
@Named("securityPage")
@ViewScoped
public class SecurityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantAccess access;

    @Inject
    transient Caller caller;

    @Inject
    transient TenantSecondFactorSetting setting;

    private String tenant;
    private boolean required;

    @PostConstruct
    void init() {
        List<String> administered = caller.tenantsWhere(Role.TENANT_ADMIN);
        tenant = administered.isEmpty() ? null : administered.get(0);
        if (tenant != null) {
            access.enter(tenant, Role.TENANT_ADMIN);
            required = setting.required();
        }
    }

    public void save() {
        access.enter(tenant, Role.TENANT_ADMIN);
        setting.require(required);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("security.saved"), null));
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
