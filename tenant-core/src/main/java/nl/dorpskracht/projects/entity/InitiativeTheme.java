package nl.dorpskracht.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A theme of the national list (ontmoeting, mobiliteit, ...): platform reference data without a tenant, the same for
 * every association, read-only to the application (a migration changes the list).
 */
@Entity
@Table(name = "initiative_theme")
@ReadOnly
public class InitiativeTheme {

    @Id
    private String code;

    @Column(name = "label_nl")
    private String labelNl;

    @Column(name = "label_en")
    private String labelEn;

    private int position;

    private boolean active;

    protected InitiativeTheme() {
    }

    public String code() {
        return code;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }
}
