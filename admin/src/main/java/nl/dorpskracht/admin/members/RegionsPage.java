package nl.dorpskracht.admin.members;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.members.boundary.RegionService;
import nl.dorpskracht.members.boundary.RegionService.Ambassador;
import nl.dorpskracht.members.entity.Region;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.web.faces.FacesSupport;

/** The regions of the province and their ambassadors. */
@Named("regionsPage")
@ViewScoped
@TenantPage(Role.TENANT_ADMIN)
public class RegionsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionService regions;

    @Inject
    Caller caller;

    @Inject
    WorkingTenant workingTenant;

    private String tenant;
    private String newName;
    private String renameId;
    private String renameTo;
    private String ambassadorRegion;
    private String ambassadorEmail;
    private String ambassadorName;
    private String invitationLink;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN).orElse(null);
    }

    public List<Region> getRegions() {
        return regions.all();
    }

    public List<Ambassador> getAmbassadors() {
        return regions.ambassadors();
    }

    public void add() {
        act(() -> {
            regions.create(newName);
            newName = null;
        }, "regions.added", "add:");
    }

    public void startRename(String id, String current) {
        renameId = id;
        renameTo = current;
    }

    public void rename() {
        act(() -> {
            regions.rename(UUID.fromString(renameId), renameTo);
            renameId = null;
        }, "regions.renamed", "rename:");
    }

    public void delete(String id) {
        act(() -> regions.delete(UUID.fromString(id)), "regions.deleted", null);
    }

    public void appoint() {
        act(() -> {
            if (ambassadorRegion == null || ambassadorRegion.isBlank()) {
                throw ProblemException.invalid(List.of(FieldError.field("region", "required.region")));
            }
            InvitationSent sent = regions.appoint(UUID.fromString(ambassadorRegion), ambassadorEmail, ambassadorName);
            invitationLink = sent.link().orElse(null);
            ambassadorEmail = null;
            ambassadorName = null;
        }, "regions.appointed", "appoint:");
    }

    public void withdrawInvitation(String regionName, String invitationId) {
        act(() -> {
            UUID region = regions.all().stream().filter(r -> r.name().equals(regionName)).findFirst().orElseThrow()
                    .id();
            regions.withdrawInvitation(region, UUID.fromString(invitationId));
        }, "regions.invitationWithdrawn", null);
    }

    public void withdraw(String regionName, String accountId) {
        act(() -> {
            UUID region = regions.all().stream().filter(r -> r.name().equals(regionName)).findFirst().orElseThrow()
                    .id();
            regions.withdraw(region, UUID.fromString(accountId));
        }, "regions.withdrawn", null);
    }

    private void act(Runnable action, String doneKey, String formPrefix) {
        try {
            action.run();
            FacesSupport.infoAsWritten(doneKey);
        } catch (ProblemException problem) {
            FacesSupport.reportAtFields(problem, formPrefix);
        }
    }

    public String getTenant() {
        return tenant;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getRenameId() {
        return renameId;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public String getAmbassadorRegion() {
        return ambassadorRegion;
    }

    public void setAmbassadorRegion(String ambassadorRegion) {
        this.ambassadorRegion = ambassadorRegion;
    }

    public String getAmbassadorEmail() {
        return ambassadorEmail;
    }

    public void setAmbassadorEmail(String ambassadorEmail) {
        this.ambassadorEmail = ambassadorEmail;
    }

    public String getAmbassadorName() {
        return ambassadorName;
    }

    public void setAmbassadorName(String ambassadorName) {
        this.ambassadorName = ambassadorName;
    }

    public String getInvitationLink() {
        return invitationLink;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
