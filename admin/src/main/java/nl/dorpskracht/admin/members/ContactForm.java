package nl.dorpskracht.admin.members;

import java.io.Serializable;
import java.time.LocalDate;
import nl.dorpskracht.members.entity.ContactInput;
import nl.dorpskracht.members.entity.ContactPerson;

/** What the contact person form holds between requests. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean editing;
    private String id;
    private Long version;
    private String name;
    private String roleInOrganisation;
    private String email;
    private String phone;
    private boolean primary;
    private LocalDate newsletterConsentOn;
    private LocalDate sharingConsentOn;

    void load(ContactPerson contact) {
        editing = true;
        id = contact.id().toString();
        version = contact.version();
        name = contact.name();
        roleInOrganisation = contact.roleInOrganisation();
        email = contact.email();
        phone = contact.phone();
        primary = contact.primary();
        newsletterConsentOn = contact.newsletterConsentOn();
        sharingConsentOn = contact.sharingConsentOn();
    }

    void clear() {
        editing = false;
        id = null;
        version = null;
        name = null;
        roleInOrganisation = null;
        email = null;
        phone = null;
        primary = false;
        newsletterConsentOn = null;
        sharingConsentOn = null;
    }

    ContactInput input() {
        return new ContactInput(name, roleInOrganisation, email, phone, String.valueOf(primary),
                newsletterConsentOn == null ? null : newsletterConsentOn.toString(),
                sharingConsentOn == null ? null : sharingConsentOn.toString());
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

    public String getRoleInOrganisation() {
        return roleInOrganisation;
    }

    public void setRoleInOrganisation(String roleInOrganisation) {
        this.roleInOrganisation = roleInOrganisation;
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

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public LocalDate getNewsletterConsentOn() {
        return newsletterConsentOn;
    }

    public void setNewsletterConsentOn(LocalDate newsletterConsentOn) {
        this.newsletterConsentOn = newsletterConsentOn;
    }

    public LocalDate getSharingConsentOn() {
        return sharingConsentOn;
    }

    public void setSharingConsentOn(LocalDate sharingConsentOn) {
        this.sharingConsentOn = sharingConsentOn;
    }
}
