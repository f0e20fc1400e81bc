package nl.dorpskracht.admin.members;

import java.io.Serializable;
import nl.dorpskracht.members.entity.MemberInput;
import nl.dorpskracht.members.entity.MemberOrganisation;

/** What the add/edit form holds between requests. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean editing;
    private String id;
    private Long version;
    private String name;
    private String type;
    /** A CBS code: the form chooses from the register. */
    private String municipality;
    /** What an organisation from before the register had written, when the register did not recognise it. */
    private String writtenMunicipality;
    private String place;
    private String region;
    private String street;
    private String postalCode;
    private String email;
    private String phone;
    private String inhabitants;
    private String joinedOn;

    void load(MemberOrganisation member) {
        editing = true;
        id = member.id().toString();
        version = member.version();
        name = member.name();
        type = member.type().name();
        municipality = member.municipalityCode();
        writtenMunicipality = member.municipalityCode() == null ? member.municipality() : null;
        place = member.place();
        region = member.region();
        street = member.street();
        postalCode = member.postalCode();
        email = member.email();
        phone = member.phone();
        inhabitants = member.inhabitants() == null ? null : member.inhabitants().toString();
        joinedOn = member.joinedOn() == null ? null : member.joinedOn().toString();
    }

    void clear() {
        editing = false;
        id = null;
        version = null;
        name = null;
        type = null;
        municipality = null;
        writtenMunicipality = null;
        place = null;
        region = null;
        street = null;
        postalCode = null;
        email = null;
        phone = null;
        inhabitants = null;
        joinedOn = null;
    }

    MemberInput input() {
        return new MemberInput(name, type, municipality, place, region, street, postalCode, email, phone, inhabitants,
                joinedOn);
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

    public String getWrittenMunicipality() {
        return writtenMunicipality;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getInhabitants() {
        return inhabitants;
    }

    public void setInhabitants(String inhabitants) {
        this.inhabitants = inhabitants;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }
}
