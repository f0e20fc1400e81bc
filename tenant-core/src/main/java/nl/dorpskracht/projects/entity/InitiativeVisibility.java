package nl.dorpskracht.projects.entity;

/** Who reads an initiative: the own association, every association, or anyone (also its public pages). */
public enum InitiativeVisibility {
    OWN, ALL, PUBLIC;

    /** Whether other associations read it once it is published. */
    public boolean shared() {
        return this != OWN;
    }
}
