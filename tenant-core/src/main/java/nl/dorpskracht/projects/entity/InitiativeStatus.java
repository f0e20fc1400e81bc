package nl.dorpskracht.projects.entity;

/**
 * Where an initiative is in its life: an admin's DRAFT, a member contact's SUBMITTED proposal, PUBLISHED (readable as
 * its visibility says), REJECTED with a reason (the contact may change and resubmit it), or ARCHIVED (kept, not shown).
 */
public enum InitiativeStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED, ARCHIVED
}
