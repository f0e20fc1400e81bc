package nl.dorpskracht.admin.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.campaigns.boundary.TargetService;
import nl.dorpskracht.campaigns.control.TargetInput;
import nl.dorpskracht.campaigns.control.TargetView;
import nl.dorpskracht.campaigns.entity.TargetKind;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;

/**
 * The association's list of addressees for its campaigns (municipal councils, parties, the province, others): filtered
 * by kind, added, changed and removed while no campaign writes to them. Seeded ones name where they came from.
 */
@Named("targetsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class TargetsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetService targets;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String kind;
    private boolean editing;
    private String id;
    private Long version;
    private String formKind;
    private String name;
    private String municipality;
    private String province;
    private String email;
    private String address;
    private transient List<TargetView> list;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public List<TargetView> getList() {
        if (list == null && tenant != null) {
            list = targets.list(kind == null || kind.isBlank() ? null : TargetKind.valueOf(kind));
        }
        return list == null ? List.of() : list;
    }

    public void show() {
        list = null;
    }

    public void startNew() {
        clear();
        editing = true;
        formKind = kind == null || kind.isBlank() ? TargetKind.MUNICIPAL_COUNCIL.name() : kind;
    }

    public void startEdit(String targetId) {
        try {
            TargetView target = targets.find(UUID.fromString(targetId));
            editing = true;
            id = target.id().toString();
            version = target.version();
            formKind = target.kind();
            name = target.name();
            municipality = target.municipality();
            province = target.province();
            email = target.email();
            address = target.address();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void save() {
        try {
            TargetInput input = new TargetInput(formKind, name, municipality, province, email, address);
            if (id == null) {
                targets.create(input);
            } else {
                targets.update(UUID.fromString(id), input, version);
            }
            clear();
            list = null;
            FacesSupport.info("targets.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "targetForm");
        }
    }

    public void delete(String targetId) {
        try {
            targets.delete(UUID.fromString(targetId));
            list = null;
            FacesSupport.info("targets.deleted");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = false;
        id = null;
        version = null;
        formKind = null;
        name = null;
        municipality = null;
        province = null;
        email = null;
        address = null;
    }

    public TargetKind[] getKinds() {
        return TargetKind.values();
    }

    public String getTenant() {
        return tenant;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getId() {
        return id;
    }

    public String getFormKind() {
        return formKind;
    }

    public void setFormKind(String formKind) {
        this.formKind = formKind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
