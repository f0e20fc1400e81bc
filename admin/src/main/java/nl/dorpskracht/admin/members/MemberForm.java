package nl.dorpskracht.admin.members;

import java.io.Serializable;
import nl.dorpskracht.members.entity.MemberOrganisation;

/** What the add/edit form holds between requests. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean editing;
    private String id;
    private Long version;
    private String name;
    private String type;
    private String municipality;
    private String region;
    private String email;

    void load(MemberOrganisation member) {
        editing = true;
        id = member.id().toString();
        version = member.version();
        name = member.name();
        type = member.type().name();
        municipality = member.municipality();
        region = member.region();
        email = member.email();
    }

    void clear() {
        editing = false;
        id = null;
        version = null;
        name = null;
        type = null;
        municipality = null;
        region = null;
        email = null;
    }

    public boolean isEditing() {
        return editing;
    }

    void setEditing(boolean editing) {
        this.editing = editing;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
